// mcentral: the spans of one span class that have free slots and are not owned by an mcache.
// Mirrors src/runtime/mcentral.go (cacheSpan, uncacheSpan, grow). With the stop-the-world sweeper
// every span is swept when the mcache asks, so one "partial swept" list per class is enough.

import type { MHeap } from './mheap.js';
import { MSpan, SpanState } from './mspan.js';
import { class_to_allocnpages, class_to_nobjs, class_to_size } from './sizeclasses.js';

export class MCentral {
  readonly spanclass: number;
  /** Swept spans with at least one free slot, not cached (lowest address first after a sweep). */
  partial: MSpan[] = [];

  constructor(spanclass: number) {
    this.spanclass = spanclass;
  }

  /** A span with a free slot for the mcache (mcentral.cacheSpan): a partial one, else a new one. */
  cacheSpan(heap: MHeap): MSpan {
    const s = this.partial.shift();
    if (s !== undefined) return s;
    return this.grow(heap);
  }

  /** Takes back a span from the mcache (mcentral.uncacheSpan). */
  uncacheSpan(s: MSpan): void {
    if (s.allocCount < s.nelems) this.partial.push(s);
  }

  /** A fresh span from the heap (mcentral.grow). */
  private grow(heap: MHeap): MSpan {
    const sizeclass = this.spanclass >> 1;
    // Reused (dirty) pages are cleared in bulk now rather than slot by slot on allocation.
    const s = heap.allocPages(class_to_allocnpages[sizeclass], SpanState.InUse, true);
    s.initObjects(this.spanclass, class_to_size[sizeclass], class_to_nobjs[sizeclass]);
    return s;
  }
}
