// Which of compare's figure conflicts a briefing flags. Outlets round and hedge: "$27bn" and
// "$27.5bn", "more than $27bn" and "$27.5bn" say the same thing, and flagging them would bury the
// real disagreements ("500 homes" against "520 homes").
import type { Figure } from '../model.js';

/** A hedged figure ("about", "more than", "almost") agrees with any value within this share of it. */
export const APPROX_TOLERANCE = 0.1;

interface Written {
  /** The number as written, before its scale ("27.5" of "$27.5bn"). */
  mantissa: number;
  decimals: number;
  /** value / mantissa: "bn" is 1e9. */
  scale: number;
}

function written(figure: Figure): Written | null {
  const match = /\d[\d,]*(?:\.(\d+))?/.exec(figure.text);
  if (!match || figure.value === null) return null;
  const mantissa = Number(match[0].replace(/,/g, ''));
  if (!Number.isFinite(mantissa) || mantissa === 0) return null;
  return { mantissa, decimals: match[1]?.length ?? 0, scale: figure.value / mantissa };
}

/** "$27bn" is "$27.5bn" rounded: same scale, and the finer number rounds to the coarser one's places. */
function roundedAlike(a: Figure, b: Figure): boolean {
  const [wa, wb] = [written(a), written(b)];
  if (!wa || !wb || wa.decimals === wb.decimals) return false;
  if (Math.abs(wa.scale - wb.scale) > 1e-9 * Math.max(Math.abs(wa.scale), Math.abs(wb.scale))) return false;
  const [coarse, fine] = wa.decimals < wb.decimals ? [wa, wb] : [wb, wa];
  return Math.abs(fine.mantissa - coarse.mantissa) <= 0.5 * 10 ** -coarse.decimals + 1e-9;
}

/** Two outlets' figures that a reader would not call a disagreement. */
export function figuresAgree(a: Figure, b: Figure): boolean {
  if (a.value === null || b.value === null) return a.text === b.text;
  if (a.value === b.value) return true;
  const spread = Math.abs(a.value - b.value);
  if ((a.approx !== null || b.approx !== null) && spread <= APPROX_TOLERANCE * Math.max(Math.abs(a.value), Math.abs(b.value))) return true;
  return roundedAlike(a, b);
}

/** A conflict is worth flagging when some two of its figures do not agree. */
export function isRealConflict(figures: readonly Figure[]): boolean {
  return figures.some((a, i) => figures.slice(i + 1).some((b) => !figuresAgree(a, b)));
}
