/**
 * The one host API the engine uses: TextDecoder exists in Node, browsers and workers alike, but is
 * not part of the ES library this folder compiles against (no DOM types here, on purpose).
 */
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: ArrayBufferView): string;
}
