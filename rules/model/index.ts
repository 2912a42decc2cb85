/** The shipped model, decoded once and shared by every checker built on the default pack. */
import { MODEL_GUARDS } from '../data/frames';
import { MODEL_BASE64, MODEL_META } from '../data/model/model';
import { fromBase64 } from './base64';
import { FastTextModel } from './fasttext';
import { LearnedLayer } from './learned';

let shared: LearnedLayer | null | undefined;

export function defaultLearnedLayer(normal: ReadonlyMap<string, string>): LearnedLayer | null {
  // The guards are the rules' judgement of what careful writers do, not learned: they follow the rules as
  // they are now, not as they stood when the model was trained (MODEL_META.guards records those).
  if (shared === undefined) shared = MODEL_BASE64 ? new LearnedLayer(new FastTextModel(fromBase64(MODEL_BASE64)), { ...MODEL_META, guards: MODEL_GUARDS }, normal) : null;
  return shared;
}

export { FastTextModel, LearnedLayer };
export type { ModelMeta } from './learned';
