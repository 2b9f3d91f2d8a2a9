/**
 * The customs credit classification's facts: the case and its events going in, the rules' findings, class,
 * serious-list entries and restoration dates coming out, and the {@link org.credo.rules.credit.CreditBinding}.
 */
package org.credo.rules.credit;
