-- wrk script: single inspection decisions, each with a fresh declaration id (a repeated id is a retry and answers
-- from the audit record), over a few customs modes and HS chapters.
-- usage: wrk -t2 -c16 -d30s -s benchmarks/load/inspection.lua http://127.0.0.1:8080
local counter = 0
local thread_id = 0
local modes = {"9610", "9710", "9810", "1210", "0110"}
local codes = {"0306170000", "2710122000", "8471300000", "6109100000", "9503008900"}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  -- customs:customs, the embedded demo account; for the production profile set CREDO_AUTH="Bearer <jwt>"
  wrk.headers["Authorization"] = os.getenv("CREDO_AUTH") or "Basic Y3VzdG9tczpjdXN0b21z"
end

function request()
  counter = counter + 1
  local body = string.format('{"declarationId":"LOAD-%d-%d-%d","enterpriseId":"91350600MA2Y8K3F13",'
      .. '"customsMode":"%s","direction":"EXPORT","declaredValueCny":5200.00,"hsCode":"%s",'
      .. '"declarationDate":"2026-11-26"}', tid, os.time(), counter, modes[counter % #modes + 1],
      codes[counter % #codes + 1])
  return wrk.format(nil, "/api/v1/decisions/inspection", nil, body)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx) %d, p50 %.1f ms, p99 %.1f ms\n", summary.requests,
      summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
