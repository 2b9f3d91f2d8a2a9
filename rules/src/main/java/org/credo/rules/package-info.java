/**
 * The zone's DRL fact model and fact bindings; {@link org.credo.rules.ZoneFacts} gives them to the host.
 */
package org.credo.rules;
