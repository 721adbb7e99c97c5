// The single-file global build: `ChannelPolicy.CP_TIER(…)` with no module system.
export * from './index.js';
