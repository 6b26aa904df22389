// mheap: the page-granular heap (8 KiB pages) inside the simulated arena; hands out runs of pages
// for spans and goroutine stacks, reuses freed runs (lowest address first), grows the arena in
// 4 MiB chunks, and tracks in-use / idle / released pages for MemStats.
// Mirrors src/runtime/mheap.go (mheap.alloc, allocSpan, freeSpan, grow) and, much simplified,
// src/runtime/mpagealloc.go (pallocChunkPages = 512 pages per growth chunk).

import { MAX_MEMORY, type Memory } from './memory.js';
import { MSpan, SpanState } from './mspan.js';

export const pageShift = 13;
export const pageSize = 8192;
/** Heap growth granularity in pages (pallocChunkPages, 4 MiB). */
export const pallocChunkPages = 512;

export class MHeap {
  readonly m: Memory;
  /** Internal address of page 0 (the heap base). */
  readonly base: number;
  /** Pages mapped so far (the arena is [base, base + mapped*pageSize)). */
  mappedPages = 0;
  /** Free runs, sorted by start page: parallel arrays. */
  private freeStart: number[] = [];
  private freeLen: number[] = [];
  /** Span owning each page (undefined for free pages). */
  spans: Array<MSpan | undefined> = [];
  /** 1 = page is released (never used since mapped); such pages are known to be zero. */
  released: Uint8Array = new Uint8Array(0);
  releasedPages = 0;
  /** Pages in heap-object spans (HeapInuse/8192). */
  inusePages = 0;
  /** Pages in stack spans (StackInuse/8192). */
  stackPages = 0;
  /** All spans currently in use for objects (the sweeper walks them). */
  allspans = new Set<MSpan>();
  /** Called when the address space cannot grow (the runtime prints Go's out-of-memory fatal). */
  oom: (bytes: number) => never = (bytes) => { throw new RangeError(`gomemlab: out of memory (${bytes} bytes)`); };

  constructor(m: Memory) {
    this.m = m;
    this.base = m.fixHeapBase();
  }

  /** Allocates npages contiguous pages for a span (mheap.allocSpan); zeroes reused dirty pages
   *  when needzero. */
  allocPages(npages: number, state: SpanState, needzero: boolean): MSpan {
    let start = this.findRun(npages);
    if (start < 0) {
      this.grow(npages);
      start = this.findRun(npages);
      if (start < 0) throw new Error('gomemlab: mheap.grow failed');
    }
    const s = new MSpan(this.base + start * pageSize, npages);
    s.state = state;
    let dirty = false;
    const rel = this.released;
    for (let i = start; i < start + npages; i++) {
      this.spans[i] = s;
      if (rel[i]) { rel[i] = 0; this.releasedPages--; } else dirty = true;
    }
    if (dirty && needzero) this.m.memclr(s.base, npages * pageSize);
    s.needzero = dirty && !needzero;
    if (state === SpanState.Stack) this.stackPages += npages;
    else { this.inusePages += npages; this.allspans.add(s); }
    return s;
  }

  /** Returns a span's pages to the free runs (mheap.freeSpan), coalescing neighbours. */
  freePages(s: MSpan): void {
    const start = (s.base - this.base) / pageSize;
    const n = s.npages;
    for (let i = start; i < start + n; i++) this.spans[i] = undefined;
    if (s.state === SpanState.Stack) this.stackPages -= n;
    else { this.inusePages -= n; this.allspans.delete(s); }
    s.state = SpanState.Free;
    this.insertRun(start, n);
  }

  /** Releases every free page to the "OS" (mgcscavenge.go, as debug.FreeOSMemory does): the
   *  pages are zeroed (like MADV_DONTNEED) and counted in HeapReleased. */
  scavengeAll(): void {
    const fs = this.freeStart, fl = this.freeLen, rel = this.released;
    for (let k = 0; k < fs.length; k++) {
      for (let i = fs[k]; i < fs[k] + fl[k]; i++) {
        if (rel[i]) continue;
        rel[i] = 1;
        this.releasedPages++;
        this.m.memclr(this.base + i * pageSize, pageSize);
      }
    }
  }

  /** Span containing internal address p, if p is in the arena and in a span. */
  spanOf(p: number): MSpan | undefined {
    const i = (p - this.base) / pageSize;
    if (i < 0) return undefined;
    return this.spans[i >>> 0];
  }

  /** Bytes mapped for the heap arena (HeapSys + StackSys as Go splits them). */
  get mappedBytes(): number {
    return this.mappedPages * pageSize;
  }

  /** Free (idle) pages, released or not. */
  get idlePages(): number {
    return this.mappedPages - this.inusePages - this.stackPages;
  }

  private findRun(npages: number): number {
    const fs = this.freeStart, fl = this.freeLen;
    for (let k = 0; k < fs.length; k++) {
      if (fl[k] >= npages) {
        const start = fs[k];
        if (fl[k] === npages) { fs.splice(k, 1); fl.splice(k, 1); } else { fs[k] += npages; fl[k] -= npages; }
        return start;
      }
    }
    return -1;
  }

  private insertRun(start: number, n: number): void {
    const fs = this.freeStart, fl = this.freeLen;
    let k = 0;
    while (k < fs.length && fs[k] < start) k++;
    fs.splice(k, 0, start); fl.splice(k, 0, n);
    if (k + 1 < fs.length && fs[k] + fl[k] === fs[k + 1]) { fl[k] += fl[k + 1]; fs.splice(k + 1, 1); fl.splice(k + 1, 1); }
    if (k > 0 && fs[k - 1] + fl[k - 1] === fs[k]) { fl[k - 1] += fl[k]; fs.splice(k, 1); fl.splice(k, 1); }
  }

  /** Maps at least npages more pages (mheap.grow: rounded up to 512-page chunks). */
  private grow(npages: number): void {
    const ask = Math.ceil(npages / pallocChunkPages) * pallocChunkPages;
    const start = this.mappedPages;
    if (this.base + (start + ask) * pageSize > MAX_MEMORY) this.oom(npages * pageSize);
    this.m.ensure(this.base + (start + ask) * pageSize);
    this.mappedPages += ask;
    if (this.released.length < this.mappedPages) {
      const nr = new Uint8Array(Math.max(this.mappedPages, this.released.length * 2));
      nr.set(this.released);
      this.released = nr;
    }
    this.released.fill(1, start, start + ask);
    this.releasedPages += ask;
    this.insertRun(start, ask);
  }
}
