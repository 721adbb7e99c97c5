/**
 * Registration rows shared by the CP_OWNER tests: R1 (direct) and R2 (partner)
 * register C1 at one instant, written in two offsets, so the partner owns it
 * (REG-2); R3 registers another customer, C2.
 */
export const AT = '2026-03-01T09:30:00+08:00'; // 2026-03-01T01:30:00Z
export const EARLY = '2026-03-10T00:00:00+08:00';
export const LATE = '2026-04-01T00:00:00+08:00';
export const R1 = ['R1', 'C1', 'direct', 'KA-7', AT];
export const R2 = ['R2', 'C1', 'partner', 'P-0107', '2026-03-01T01:30:00Z'];
export const R3 = ['R3', 'C2', 'partner', 'P-0200', '2026-03-05T10:00:00+08:00'];
