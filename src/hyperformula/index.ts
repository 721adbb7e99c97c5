/**
 * The spreadsheet functions of `channel-policy/sheets` as a HyperFormula
 * plugin. `hyperformula` is an optional peer dependency: install it yourself.
 *
 * @example
 * import { HyperFormula } from 'hyperformula';
 * import { ChannelPolicyPlugin, ChannelPolicyTranslations } from 'channel-policy/hyperformula';
 * HyperFormula.registerFunctionPlugin(ChannelPolicyPlugin, ChannelPolicyTranslations);
 * @module
 */
export { ChannelPolicyPlugin, ChannelPolicyTranslations } from './plugin.js';
