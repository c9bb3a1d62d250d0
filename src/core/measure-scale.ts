/** Top of a measure's scale: `max`, else 100 for a percentage, else the larger of figure and target. */
export const scaleMax = (m: { value: number; target: number; unit?: string; max?: number }) =>
  m.max ?? (m.unit === '%' ? 100 : Math.max(m.value, m.target));
