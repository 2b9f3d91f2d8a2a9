// The console's DMN editor (editor.html): bpmn.io's dmn-js modeler over a version's DMN files, "save as draft" to
// /console/rulesets/{version}/drafts (the same checks as a zip upload), and the located problems of a refusal shown
// beside the model and on the table row and cell they name. No inline script: the page passes its data as data-*.
(function () {
  'use strict';
  var root = document.getElementById('dmn-editor');
  if (!root || !window.DmnJS) {
    return;
  }
  var version = root.dataset.version;
  var token = document.querySelector('meta[name="csrf-token"]');
  var saveButton = document.getElementById('save-draft');
  var status = document.getElementById('save-status');
  var problemBox = document.getElementById('editor-problems');
  var problemRows = document.getElementById('editor-problem-rows');
  var viewList = document.getElementById('dmn-views');

  // dmn-js's main labels in Chinese; the rest stays English
  var ZH = {
    'Hit policy': '命中策略', 'Hit policy:': '命中策略：', 'When': '当', 'And': '且', 'Then': '则',
    'Annotation': '注释', 'Annotations': '注释', 'Input': '输入', 'Output': '输出', 'Add rule': '添加规则',
    'Add rule above': '在上方添加规则', 'Add rule below': '在下方添加规则', 'Remove rule': '删除规则',
    'Copy rule': '复制规则', 'Cut rule': '剪切规则', 'Paste rule above': '粘贴到上方', 'Paste rule below': '粘贴到下方',
    'Add input': '添加输入', 'Add output': '添加输出', 'Add input column left': '在左侧添加输入列',
    'Add input column right': '在右侧添加输入列', 'Add output column left': '在左侧添加输出列',
    'Add output column right': '在右侧添加输出列', 'Remove input column': '删除输入列',
    'Remove output column': '删除输出列', 'Edit input': '编辑输入', 'Edit output': '编辑输出',
    'Input label': '输入标签', 'Input expression': '输入表达式', 'Input type': '输入类型',
    'Input values': '输入取值', 'Output label': '输出标签', 'Output name': '输出名称', 'Output type': '输出类型',
    'Output values': '输出取值', 'Expression language': '表达式语言', 'Expression': '表达式',
    'Literal expression': '文字表达式', 'Variable name': '变量名', 'Variable name:': '变量名：',
    'Variable type': '变量类型', 'Variable type:': '变量类型：', 'Decision name': '决策名称',
    'View DRD': '查看决策需求图', 'Type': '类型', 'Value': '值', 'Values': '取值', 'Name': '名称',
    'Add cell description': '添加单元格说明', 'Remove cell description': '删除单元格说明',
    'Create decision': '创建决策', 'Create input data': '创建输入数据', 'Create knowledge model': '创建知识模型',
    'Create knowledge source': '创建知识来源', 'Delete': '删除', 'Edit': '编辑', 'Yes': '是', 'No': '否',
    'Strings must be in double quotes': '字符串须置于双引号中', 'Search in diagram': '在图中搜索'
  };
  function translate(template, replacements) {
    var text = root.dataset.lang === 'zh' && ZH[template] ? ZH[template] : template;
    return text.replace(/{([^}]+)}/g, function (whole, key) {
      return replacements && replacements[key] !== undefined ? replacements[key] : whole;
    });
  }

  // Credo keeps its rate tables in business knowledge models (decision tables the decisions invoke); dmn-js opens
  // those in its boxed-expression view, which does not show a table. The decision-table view opens them instead:
  // it reads a table from decisionLogic, which here reads the model's body and is never written to the XML.
  function isTableModel(element) {
    var body = element.$type === 'dmn:BusinessKnowledgeModel' && element.encapsulatedLogic
        && element.encapsulatedLogic.body;
    if (!body || body.$type !== 'dmn:DecisionTable') {
      return false;
    }
    if (!Object.prototype.hasOwnProperty.call(element, 'decisionLogic')) {
      Object.defineProperty(element, 'decisionLogic', {
        get: function () { return element.encapsulatedLogic.body; }, enumerable: false, configurable: true
      });
    }
    return true;
  }
  class Modeler extends window.DmnJS {
    _getViewProviders() {
      return super._getViewProviders().map(function (provider) {
        if (provider.id === 'decisionTable') {
          return Object.assign({}, provider, { opens: function (e) { return isTableModel(e) || provider.opens(e); } });
        }
        if (provider.id === 'boxedExpression') {
          return Object.assign({}, provider, { opens: function (e) { return !isTableModel(e) && provider.opens(e); } });
        }
        return provider;
      });
    }
  }

  var modeler = new Modeler({
    container: '#dmn-canvas',
    common: { additionalModules: [{ translate: ['value', translate] }] }
  });
  // dmn-js reads DMN 1.3; Credo's models are DMN 1.5, whose namespaces differ only in the date (the elements the
  // editor shows are the same): the editor sees 1.3 names and saves 1.5 names again. The server checks the result.
  var DMN15 = /https:\/\/www\.omg\.org\/spec\/DMN\/20230324\//g;
  var DMN13 = /https:\/\/www\.omg\.org\/spec\/DMN\/20191111\//g;
  var dmn15 = {};       // file -> whether it was stored as DMN 1.5
  function forEditor(file, xml) {
    dmn15[file] = xml.indexOf('https://www.omg.org/spec/DMN/20230324/') >= 0;
    return xml.replace(DMN15, 'https://www.omg.org/spec/DMN/20191111/');
  }
  function forBundle(file, xml) {
    return dmn15[file] ? xml.replace(DMN13, 'https://www.omg.org/spec/DMN/20230324/') : xml;
  }
  var readOnly = {};    // file -> what dmn-js could not read of it (then saving it would lose that)
  var originals = {};   // file -> XML as stored
  var edited = {};      // file -> XML as the author left it (only files the author changed)
  var changed = {};     // file -> whether the author changed it
  var current = null;
  var problems = [];
  var watched = typeof WeakSet === 'function' ? new WeakSet() : null;

  function watchActiveViewer() {
    var viewer = modeler.getActiveViewer();
    if (!viewer || !watched || watched.has(viewer)) {
      return;
    }
    watched.add(viewer);
    viewer.get('eventBus').on('commandStack.changed', function (event) {
      if (event.trigger !== 'clear' && current) {
        markChanged();
      }
    });
  }

  function logicOf(element) {
    if (element.decisionLogic) {
      return element.decisionLogic;
    }
    return element.encapsulatedLogic ? element.encapsulatedLogic.body : null;
  }

  function label(view) {
    if (view.type === 'drd') {
      return root.dataset.msgDiagram;
    }
    return (view.element.name || view.element.id) + (view.type === 'decisionTable' ? ' ▦' : '');
  }

  function listViews() {
    viewList.textContent = '';
    modeler.getViews().forEach(function (view) {
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'link dmn-view';
      button.dataset.viewId = view.element.id;
      button.dataset.viewType = view.type;
      button.textContent = label(view);
      button.addEventListener('click', function () {
        open(view);
      });
      item.appendChild(button);
      viewList.appendChild(item);
    });
  }

  // dmn-js shows a table's single description column, not DMN's named annotation columns (ruleId, legalBasis,
  // confidence, validFrom, validTo …) that carry each rule's basis: they are edited here, beside the table
  var annotations = document.getElementById('dmn-annotations');
  function markChanged() {
    changed[current] = true;
    if (saveButton) {
      saveButton.disabled = false;
    }
  }
  function showAnnotations(view) {
    var logic = view.type === 'decisionTable' ? logicOf(view.element) : null;
    var columns = logic && logic.annotation ? logic.annotation : [];
    annotations.hidden = columns.length === 0;
    var table = annotations.querySelector('table');
    table.textContent = '';
    if (columns.length === 0) {
      return;
    }
    var head = table.createTHead().insertRow();
    ['#'].concat(columns.map(function (c) { return c.name; })).forEach(function (name) {
      var th = document.createElement('th');
      th.textContent = name;
      head.appendChild(th);
    });
    var body = table.createTBody();
    (logic.rule || []).forEach(function (rule, index) {
      var row = body.insertRow();
      row.dataset.ruleId = rule.id || '';
      row.insertCell().textContent = String(index + 1);
      columns.forEach(function (column, c) {
        var entries = rule.annotationEntry || (rule.annotationEntry = []);
        var input = document.createElement('input');
        input.type = 'text';
        input.name = column.name;
        input.value = entries[c] && entries[c].text ? entries[c].text : '';
        input.addEventListener('change', function () {
          while (entries.length <= c) {
            entries.push(modeler._moddle.create('dmn:RuleAnnotation', { text: '' }));
          }
          entries[c].text = input.value;
          markChanged();
        });
        row.insertCell().appendChild(input);
      });
    });
  }

  function open(view) {
    return modeler.open(view).then(function () {
      watchActiveViewer();
      showAnnotations(view);
      Array.prototype.forEach.call(viewList.querySelectorAll('.dmn-view'), function (b) {
        b.classList.toggle('on', b.dataset.viewId === view.element.id);
      });
      root.dataset.view = view.element.id;
    });
  }

  function capture() {
    if (!current || !changed[current]) {
      return Promise.resolve();
    }
    var file = current;
    return modeler.saveXML({ format: true }).then(function (result) {
      edited[file] = result.xml;
    });
  }

  function load(file) {
    var text = edited[file] || originals[file];
    var fetched = text ? Promise.resolve(text) : fetch('/console/rulesets/' + encodeURIComponent(version)
        + '/editor/model?file=' + encodeURIComponent(file), { credentials: 'same-origin' })
        .then(function (answer) {
          if (!answer.ok) {
            throw new Error(answer.status + ' ' + answer.statusText);
          }
          return answer.text();
        }).then(function (xml) {
          originals[file] = forEditor(file, xml);
          return originals[file];
        });
    root.dataset.ready = '';
    return capture().then(function () {
      return fetched;
    }).then(function (xml) {
      current = file;
      return modeler.importXML(xml);
    }).then(function (result) {
      if (result.warnings && result.warnings.length > 0) {
        readOnly[file] = result.warnings.map(function (w) { return w.message; });
        show('warn', root.dataset.msgUnreadable + ' ' + readOnly[file].join('; '));
      }
      watchActiveViewer();
      showAnnotations(modeler.getActiveView());
      listViews();
      Array.prototype.forEach.call(document.querySelectorAll('.dmn-file'), function (b) {
        b.classList.toggle('on', b.dataset.file === file);
      });
      markProblems();
      root.dataset.ready = file;
    }).catch(function (error) {
      show('bad', root.dataset.msgFailed + ': ' + error.message);
    });
  }

  function show(kind, text) {
    status.hidden = false;
    status.className = 'notice ' + kind;
    status.textContent = text;
  }

  // where a problem stands in the open model: the view (decision or knowledge model) and the rule and cell it names
  function locate(problem) {
    var found = null;
    modeler.getViews().forEach(function (view) {
      var logic = view.type === 'drd' ? null : logicOf(view.element);
      if (found || !logic) {
        return;
      }
      var rules = logic.rule || [];
      if ([view.element.id, view.element.name, logic.id].indexOf(problem.element) >= 0) {
        var byNumber = problem.rule && rules[problem.rule - 1];
        found = { view: view, ruleId: byNumber ? byNumber.id : null, cellId: null };
        return;
      }
      rules.forEach(function (rule, index) {
        var cells = (rule.inputEntry || []).concat(rule.outputEntry || []);
        var cell = cells.filter(function (c) { return c.id === problem.element; })[0];
        if (!found && (rule.id === problem.element || cell || problem.rule === index + 1 && !problem.element)) {
          found = { view: view, ruleId: rule.id, cellId: cell ? cell.id : null };
        }
      });
    });
    return found;
  }

  // highlights survive dmn-js re-rendering the table: they are style rules, not classes on its cells
  var highlight = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : null;
  if (highlight) {
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat([highlight]);
  }
  function markProblems() {
    var rules = [];
    problems.forEach(function (problem) {
      var where = problem.file === current ? locate(problem) : null;
      if (where && where.ruleId) {
        rules.push('.dmn-decision-table-container td[data-row-id="' + CSS.escape(where.ruleId)
            + '"], #dmn-annotations tr[data-rule-id="' + CSS.escape(where.ruleId)
            + '"] td { background-color: rgb(253, 226, 226) !important; }');
      }
      if (where && where.cellId) {
        rules.push('.dmn-decision-table-container td[data-element-id="' + CSS.escape(where.cellId)
            + '"] { outline: 2px solid rgb(192, 38, 38) !important; outline-offset: -2px; }');
      }
    });
    if (highlight) {
      highlight.replaceSync(rules.join('\n'));
    }
  }

  function goTo(problem) {
    var next = problem.file && problem.file !== current ? load(problem.file) : Promise.resolve();
    next.then(function () {
      var where = locate(problem);
      return where ? open(where.view).then(function () {
        var row = where.ruleId && document.querySelector('.dmn-decision-table-container td[data-row-id="'
            + CSS.escape(where.ruleId) + '"]');
        if (row) {
          row.scrollIntoView({ block: 'center' });
        }
      }) : null;
    });
  }

  function listProblems(list) {
    problems = list;
    problemRows.textContent = '';
    list.forEach(function (problem) {
      var row = document.createElement('tr');
      row.className = 'problem';
      var where = [problem.line ? 'line ' + problem.line : null, problem.element,
        problem.rule ? root.dataset.msgRow + ' ' + problem.rule : null].filter(Boolean).join(' · ');
      [problem.code, problem.file || '—', where || '—', problem.message].forEach(function (text, index) {
        var cell = document.createElement('td');
        cell.className = ['mono problem-code', 'mono problem-file', 'mono problem-location', 'problem-message'][index];
        cell.textContent = text;
        row.appendChild(cell);
      });
      row.addEventListener('click', function () {
        goTo(problem);
      });
      problemRows.appendChild(row);
    });
    problemBox.hidden = list.length === 0;
    markProblems();
    if (list.length > 0) {
      goTo(list[0]);
    }
  }

  function save() {
    saveButton.disabled = true;
    show('info', root.dataset.msgSaving);
    capture().then(function () {
      var form = new FormData();
      form.append(root.dataset.csrfField, token.content);
      Object.keys(edited).forEach(function (file) {
        if (readOnly[file]) {
          throw new Error(root.dataset.msgUnreadable + ' ' + file);
        }
        form.append(file, new Blob([forBundle(file, edited[file])], { type: 'application/xml' }),
            file.split('/').pop());
      });
      var headers = {};
      headers[root.dataset.csrfHeader] = token.content;
      return fetch('/console/rulesets/' + encodeURIComponent(version) + '/drafts', {
        method: 'POST', body: form, headers: headers, credentials: 'same-origin'
      });
    }).then(function (answer) {
      return answer.json().catch(function () {
        return { detail: answer.status + ' ' + answer.statusText };
      }).then(function (body) {
        if (answer.ok) {
          window.location.assign(body.editor);
          return;
        }
        show('bad', (answer.status === 422 ? root.dataset.msgRefused : root.dataset.msgFailed + ': ' + body.detail));
        listProblems(body.problems || []);
        saveButton.disabled = false;
      });
    }).catch(function (error) {
      show('bad', root.dataset.msgFailed + ': ' + error.message);
      saveButton.disabled = false;
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('.dmn-file'), function (button) {
    button.addEventListener('click', function () {
      load(button.dataset.file);
    });
  });
  if (saveButton) {
    saveButton.addEventListener('click', save);
  }
  var first = document.querySelector('.dmn-file');
  if (first) {
    load(first.dataset.file);
  }
}());
