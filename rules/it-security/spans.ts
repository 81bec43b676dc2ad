/**
 * A set of non-overlapping spans, kept sorted, so that a check reports one finding per place even
 * when several passes find the same text (a host in a link and in the raw text). Lookups are
 * logarithmic, so a draft with thousands of findings stays linear-ish.
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Whether [start, end) overlaps a span already in the set. */
  overlaps(start: number, end: number): boolean {
    // The first span that ends after `start`; it overlaps if it starts before `end`.
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.starts[lo]! < end;
  }

  /** Add [start, end) unless it overlaps; returns whether it was added. */
  add(start: number, end: number): boolean {
    if (this.overlaps(start, end)) return false;
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    this.starts.splice(lo, 0, start);
    this.ends.splice(lo, 0, end);
    return true;
  }
}
