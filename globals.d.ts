/** Replaced at build time: true only in the test build that also runs on the local demo. */
declare const __SARING_TEST__: boolean;
