import { describe, expect, it } from 'vitest';
import { fitsAxis, labelBaselines, referenceLabelY } from './LiteChart';

describe('LiteChart references', () => {
  it('lets a target join a log axis within four decades below the data', () => {
    expect(fitsAxis(5.8e-5, 0.01, 0.2, true)).toBe(true);
    expect(fitsAxis(5.8e-5, 1, 2, true)).toBe(false);
    expect(fitsAxis(0, 0.01, 0.2, true)).toBe(false);
    expect(fitsAxis(0.164, 0.01, 0.2, true)).toBe(true);
  });

  it('keeps a far-off target off a linear axis, and any near one on it', () => {
    // Starting from zero, a tiny loss sits at the bottom: fine.
    expect(fitsAxis(5.8e-5, 0, 0.2, false)).toBe(true);
    expect(fitsAxis(0.164, 0, 0.2, false)).toBe(true);
    // Twice the data's span above its top would squash the curves.
    expect(fitsAxis(0.164, 0, 0.05, false)).toBe(false);
    expect(fitsAxis(Number.NaN, 0, 1, false)).toBe(false);
    // Without data every finite target may set the axis.
    expect(fitsAxis(0.164, Infinity, -Infinity, false)).toBe(true);
  });

  it('puts labels above their lines, apart, and below when the top is near', () => {
    // The lower line (202) keeps its label just above it; the other's moves up out of the way.
    const [upper, lower] = labelBaselines([200, 202], 8);
    expect(lower).toBe(198);
    expect(lower - upper).toBeGreaterThanOrEqual(13);
    expect(labelBaselines([100], 8)).toEqual([96]);
    expect(labelBaselines([10], 8)[0]).toBeGreaterThan(10);
  });

  it("puts the baseline's label under its line, or over it near the x axis's numbers", () => {
    // Plot bottom at 206 (the axis; its numbers are under it).
    expect(referenceLabelY(100, 206)).toBe(114);
    expect(referenceLabelY(190, 206)).toBe(204);
    expect(referenceLabelY(200, 206)).toBe(196);
  });
});
