import { describe, expect, it } from 'vitest';
import { chartLayout } from '../../../src/ui/SourcesView';

describe('chartLayout', () => {
  it('sizes the label column to the longest label, so short names are not cut', () => {
    const { labelWidth, labels, barWidth } = chartLayout(['Ana Ruiz', 'Port authority']);
    expect(labels).toEqual(['Ana Ruiz', 'Port authority']);
    expect(labelWidth).toBeGreaterThanOrEqual('Port authority'.length * 7.5);
    expect(barWidth).toBeGreaterThan(0);
  });

  it('cuts a label longer than the column, with an ellipsis, inside the chart', () => {
    const long = 'An unnamed senior official at the harbour office (unnamed)';
    const { labelWidth, labels, barWidth } = chartLayout([long]);
    expect(labels[0]!.endsWith('…')).toBe(true);
    expect([...labels[0]!].length * 7.5).toBeLessThanOrEqual(labelWidth - 6);
    expect(labelWidth + barWidth + 80).toBe(340);
  });
});
