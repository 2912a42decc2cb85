/**
 * A reader for fastText's quantised supervised models (`.ftz`, format version 12, fastText 0.9.x),
 * enough to predict: dictionary, product-quantised input rows, output rows, one-vs-all sigmoid.
 * Written instead of loading fastText's WebAssembly build because a few hundred lines of TypeScript
 * run in any worker without a compile step or a `wasm-unsafe-eval` CSP, and parity with the `fasttext`
 * tool is checked by tests on the tool's own predictions (see scripts/train.ts).
 */

const MAGIC = 793712314;
const VERSION = 12;
const EOS = '</s>';
const KSUB = 256;

class Reader {
  private off = 0;
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n: number): void {
    if (this.off + n > this.bytes.length) throw new Error('model file is truncated');
  }
  i32(): number {
    this.need(4);
    const v = this.view.getInt32(this.off, true);
    this.off += 4;
    return v;
  }
  i64(): number {
    this.need(8);
    const v = Number(this.view.getBigInt64(this.off, true));
    this.off += 8;
    return v;
  }
  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.off, true);
    this.off += 8;
    return v;
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.off++]!;
  }
  bytesOf(n: number): Uint8Array {
    this.need(n);
    const v = this.bytes.subarray(this.off, this.off + n);
    this.off += n;
    return v;
  }
  f32s(n: number): Float32Array {
    this.need(4 * n);
    const out = new Float32Array(n);
    for (let k = 0; k < n; k++) out[k] = this.view.getFloat32(this.off + 4 * k, true);
    this.off += 4 * n;
    return out;
  }
  cstring(): string {
    const end = this.bytes.indexOf(0, this.off);
    if (end < 0) throw new Error('model file is truncated');
    const s = utf8.decode(this.bytes.subarray(this.off, end));
    this.off = end + 1;
    return s;
  }
  get done(): boolean {
    return this.off === this.bytes.length;
  }
}

/** UTF-8 by hand: rules/ compiles without the DOM library, where TextEncoder lives. */
const encoder = {
  encode(s: string): Uint8Array {
    const out: number[] = [];
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return Uint8Array.from(out);
  },
};
const utf8 = {
  decode(b: Uint8Array): string {
    let s = '';
    for (let i = 0; i < b.length; ) {
      const c = b[i]!;
      const n = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      let cp = n === 1 ? c : c & (0xff >> (n + 1));
      for (let k = 1; k < n; k++) cp = (cp << 6) | ((b[i + k] ?? 0x80) & 63);
      s += String.fromCodePoint(cp);
      i += n;
    }
    return s;
  },
};

interface PQ {
  dim: number;
  nsubq: number;
  dsub: number;
  lastdsub: number;
  centroids: Float32Array;
}

function readPQ(r: Reader): PQ {
  const dim = r.i32();
  const nsubq = r.i32();
  const dsub = r.i32();
  const lastdsub = r.i32();
  return { dim, nsubq, dsub, lastdsub, centroids: r.f32s(dim * KSUB) };
}

/** Adds `alpha` × the decoded row t of a product-quantised matrix into x. */
function addCode(pq: PQ, codes: Uint8Array, t: number, alpha: number, x: Float32Array): void {
  const base = pq.nsubq * t;
  for (let m = 0; m < pq.nsubq; m++) {
    const c = codes[base + m]!;
    const last = m === pq.nsubq - 1;
    const d = last ? pq.lastdsub : pq.dsub;
    const at = last ? m * KSUB * pq.dsub + c * pq.lastdsub : (m * KSUB + c) * pq.dsub;
    for (let n = 0; n < d; n++) x[m * pq.dsub + n]! += alpha * pq.centroids[at + n]!;
  }
}

interface QMatrix {
  rows: number;
  codes: Uint8Array;
  pq: PQ;
  norms: Float32Array | null;
}

function readQMatrix(r: Reader): QMatrix {
  const qnorm = r.u8() !== 0;
  const rows = r.i64();
  r.i64(); // columns: the product quantiser knows the dimension
  const codesize = r.i32();
  const codes = r.bytesOf(codesize);
  const pq = readPQ(r);
  let norms: Float32Array | null = null;
  if (qnorm) {
    const normCodes = r.bytesOf(rows);
    const npq = readPQ(r);
    norms = new Float32Array(rows);
    for (let k = 0; k < rows; k++) norms[k] = npq.centroids[normCodes[k]!]!;
  }
  return { rows, codes, pq, norms };
}

/** fastText's string hash: FNV-1a over UTF-8 bytes, each byte sign-extended (as the C++ code does). */
export function fasttextHash(bytes: Uint8Array): number {
  let h = 2166136261;
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k]!;
    h = Math.imul((h ^ (b >= 128 ? b | 0xffffff00 : b)) >>> 0, 16777619) >>> 0;
  }
  return h;
}

const TWO32 = 4294967296;
const NGRAM_MULT = 116049371;

export interface Prediction {
  label: string;
  prob: number;
}

export class FastTextModel {
  readonly dim: number;
  readonly labels: string[];
  private readonly minn: number;
  private readonly maxn: number;
  private readonly wordNgrams: number;
  private readonly bucket: number;
  private readonly nwords: number;
  private readonly words = new Map<string, number>();
  private readonly prune: Map<number, number> | null;
  private readonly input: QMatrix;
  private readonly output: Float32Array;
  /** The summed input rows of each word seen lately: real text repeats its words. */
  private readonly wordCache = new Map<string, { vec: Float32Array; rows: number; hash: number }>();

  constructor(bytes: Uint8Array) {
    const r = new Reader(bytes);
    if (r.i32() !== MAGIC) throw new Error('not a fastText model');
    if (r.i32() !== VERSION) throw new Error('unsupported fastText model version');
    this.dim = r.i32();
    r.i32(); // ws
    r.i32(); // epoch
    r.i32(); // minCount
    r.i32(); // neg
    this.wordNgrams = r.i32();
    const loss = r.i32();
    if (loss !== 4) throw new Error('the model must be trained with -loss ova');
    const model = r.i32();
    if (model !== 3) throw new Error('the model must be a supervised one');
    this.bucket = r.i32();
    this.minn = r.i32();
    this.maxn = r.i32();
    r.i32(); // lrUpdateRate
    r.f64(); // t
    const size = r.i32();
    this.nwords = r.i32();
    const nlabels = r.i32();
    r.i64(); // ntokens
    const pruneSize = r.i64();
    this.labels = [];
    for (let k = 0; k < size; k++) {
      const w = r.cstring();
      r.i64(); // count
      const type = r.u8();
      if (type === 0) this.words.set(w, k);
      else this.labels.push(w.replace(/^__label__/, ''));
    }
    if (this.labels.length !== nlabels) throw new Error('model dictionary is inconsistent');
    this.prune = pruneSize >= 0 ? new Map() : null;
    for (let k = 0; k < pruneSize; k++) {
      const from = r.i32();
      this.prune!.set(from, r.i32());
    }
    if (r.u8() === 0) throw new Error('the model must be quantised (fasttext quantize)');
    this.input = readQMatrix(r);
    if (r.u8() !== 0) throw new Error('quantised output rows are not supported (train without -qout)');
    const rows = r.i64();
    const cols = r.i64();
    if (rows !== nlabels || cols !== this.dim) throw new Error('model output matrix is inconsistent');
    this.output = r.f32s(rows * cols);
    if (!r.done) throw new Error('model file has trailing bytes');
  }

  /** Input row of a hashed n-gram bucket, or -1 when quantisation pruned it. */
  private bucketRow(id: number): number {
    if (this.prune === null) return this.nwords + id;
    const to = this.prune.get(id);
    return to === undefined ? -1 : this.nwords + to;
  }

  private add(vec: Float32Array, row: number): void {
    const q = this.input;
    addCode(q.pq, q.codes, row, q.norms ? q.norms[row]! : 1, vec);
  }

  /** One word: its own row (if in the dictionary) plus its character n-grams. */
  private word(w: string): { vec: Float32Array; rows: number; hash: number } {
    const hit = this.wordCache.get(w);
    if (hit) return hit;
    const vec = new Float32Array(this.dim);
    let rows = 0;
    const id = this.words.get(w);
    if (id !== undefined) {
      this.add(vec, id);
      rows++;
    }
    if (w !== EOS && this.maxn > 0) {
      const bytes = encoder.encode(`<${w}>`);
      for (let i = 0; i < bytes.length; i++) {
        if ((bytes[i]! & 0xc0) === 0x80) continue;
        let j = i;
        for (let n = 1; j < bytes.length && n <= this.maxn; n++) {
          j++;
          while (j < bytes.length && (bytes[j]! & 0xc0) === 0x80) j++;
          if (n >= this.minn && !(n === 1 && (i === 0 || j === bytes.length))) {
            const row = this.bucketRow(fasttextHash(bytes.subarray(i, j)) % this.bucket);
            if (row >= 0) {
              this.add(vec, row);
              rows++;
            }
          }
        }
      }
    }
    const out = { vec, rows, hash: fasttextHash(encoder.encode(w)) };
    if (this.wordCache.size > 50_000) this.wordCache.clear();
    this.wordCache.set(w, out);
    return out;
  }

  /**
   * The hidden vector of a line of words (fastText appends its end-of-line token), and each word's
   * share of it, so a caller can tell which words weighed most.
   */
  hidden(words: readonly string[]): { hidden: Float32Array; parts: Float32Array[] } {
    const all = [...words, EOS];
    const hidden = new Float32Array(this.dim);
    const parts: Float32Array[] = [];
    let rows = 0;
    const hashes: number[] = [];
    for (const w of all) {
      const e = this.word(w);
      const part = new Float32Array(e.vec);
      parts.push(part);
      rows += e.rows;
      hashes.push(e.hash | 0);
    }
    // Word n-grams: fastText mixes the (sign-extended) 32-bit hashes in unsigned 64-bit arithmetic.
    const v = new Float32Array(this.dim);
    for (let i = 0; i < hashes.length; i++) {
      let hi = hashes[i]! < 0 ? 0xffffffff : 0;
      let lo = hashes[i]! >>> 0;
      for (let j = i + 1; j < hashes.length && j < i + this.wordNgrams; j++) {
        [hi, lo] = mulAdd(hi, lo, hashes[j]!);
        const id = (((hi % this.bucket) * (TWO32 % this.bucket)) % this.bucket + (lo % this.bucket)) % this.bucket;
        const row = this.bucketRow(id);
        if (row >= 0) {
          // A bigram's weight is shared by its two words when explaining a prediction.
          v.fill(0);
          this.add(v, row);
          for (let d = 0; d < this.dim; d++) {
            parts[i]![d]! += v[d]! / 2;
            parts[j]![d]! += v[d]! / 2;
          }
          rows++;
        }
      }
    }
    for (const p of parts) for (let d = 0; d < this.dim; d++) hidden[d]! += p[d]!;
    if (rows > 0) {
      for (let d = 0; d < this.dim; d++) hidden[d]! /= rows;
      for (const p of parts) for (let d = 0; d < this.dim; d++) p[d]! /= rows;
    }
    return { hidden, parts: parts.slice(0, words.length) };
  }

  /** Dot product of a vector with label k's output row (the label's score before the sigmoid). */
  score(vec: Float32Array, k: number): number {
    let s = 0;
    const o = k * this.dim;
    for (let d = 0; d < this.dim; d++) s += this.output[o + d]! * vec[d]!;
    return s;
  }

  /** Probability of every label (one-vs-all: independent sigmoids), in the model's label order. */
  predict(words: readonly string[]): Prediction[] {
    const { hidden } = this.hidden(words);
    return this.labels.map((label, k) => ({ label, prob: 1 / (1 + Math.exp(-this.score(hidden, k))) }));
  }
}

/** (hi, lo) × 116049371 + x (sign-extended), modulo 2^64, in 32-bit halves. */
function mulAdd(hi: number, lo: number, x: number): [number, number] {
  const a0 = lo & 0xffff;
  const a1 = lo >>> 16;
  const p0 = a0 * NGRAM_MULT; // < 2^43, exact
  const p1 = a1 * NGRAM_MULT; // < 2^43, exact
  const low = (p0 % TWO32) + (p1 % 65536) * 65536; // < 2^33
  const carry = Math.floor(p0 / TWO32) + Math.floor(p1 / 65536) + Math.floor(low / TWO32);
  let newLo = low % TWO32;
  let newHi = (Math.imul(hi, NGRAM_MULT) + carry) >>> 0;
  // + x as a sign-extended 64-bit value
  const sum = newLo + (x >>> 0);
  newLo = sum % TWO32;
  newHi = (newHi + Math.floor(sum / TWO32) + (x < 0 ? 0xffffffff : 0)) >>> 0;
  return [newHi, newLo];
}
