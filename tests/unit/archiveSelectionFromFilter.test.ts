import { describe, expect, it } from 'vitest';
import { selectionFromFilter } from '../../renderer/src/archive/selectionFromFilter';

describe('the archive a Log filter suggests', () => {
  it('is everything for no filter', () => {
    expect(selectionFromFilter({})).toEqual({ year: null, publication: null });
  });

  it('takes the publication, and the year of a period within one year', () => {
    expect(selectionFromFilter({ publication: 'EUobserver', from: '2025-03-01', to: '2025-06-30' })).toEqual({
      year: 2025,
      publication: 'EUobserver',
    });
    expect(selectionFromFilter({ from: '2026-01-01' })).toEqual({ year: 2026, publication: null });
    expect(selectionFromFilter({ to: '2024-12-31' })).toEqual({ year: 2024, publication: null });
  });

  it('names no year for a period across years', () => {
    expect(selectionFromFilter({ from: '2025-11-01', to: '2026-02-01' })).toEqual({
      year: null,
      publication: null,
    });
  });
});
