export { deepFreeze, snapshot, policyErrorOf, expectPolicyError } from '../helpers.js';
