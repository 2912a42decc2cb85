/** What the demo "published", so tests can prove nothing was published twice or lost. */
export interface Submission {
  kind: 'post' | 'comment';
  /** Which editor it came from (data-demo-editor). */
  editor: string;
  text: string;
}

export interface FixtureApi {
  submissions: Submission[];
  /** Lexical's own idea of an editor's text, to compare with what the user sees. */
  lexicalText(editorId: string): string | null;
  /** Replaces an editor's text through Lexical, caret at the start (tests of races). */
  setText?(editorId: string, text: string): void;
  ready: boolean;
  /** Every CSP violation the page saw (an extension must cause none). */
  cspViolations: string[];
}

declare global {
  interface Window {
    __fixture: FixtureApi;
  }
}

export function record(sub: Submission): void {
  window.__fixture.submissions.push(sub);
  window.dispatchEvent(new CustomEvent('demo:published', { detail: sub }));
}
