/** The shipped model, decoded once and shared by every checker built on the default pack. */
import { MODEL_BASE64, MODEL_META } from '../data/model/model';
import { fromBase64 } from './base64';
import { FastTextModel } from './fasttext';
import { LearnedLayer } from './learned';

let shared: LearnedLayer | null | undefined;

export function defaultLearnedLayer(normal: ReadonlyMap<string, string>): LearnedLayer | null {
  if (shared === undefined) shared = MODEL_BASE64 ? new LearnedLayer(new FastTextModel(fromBase64(MODEL_BASE64)), MODEL_META, normal) : null;
  return shared;
}

export { FastTextModel, LearnedLayer };
export type { ModelMeta } from './learned';
