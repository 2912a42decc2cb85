import { FACEBOOK_MATCHES } from '@/utils/matches';
import { startSaring } from './saring';

export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    startSaring(ctx);
  },
});
