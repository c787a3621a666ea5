/**
 * Opening a letter from the log: at the version sent (read-only), or with that
 * version compared against the text the paper printed. The App opens the
 * letter and hands its view the request; the view's history carries it out.
 */
import { useEffect } from 'react';
import type { LetterHistory } from '../history/useLetterHistory';

export interface SendingViewRequest {
  letterId: string;
  versionId: string;
  /** Compare the version with this published text; absent: show the version. */
  publishedText?: string;
  /** A new request for the same version is carried out again. */
  nonce: number;
}

export function useSendingView(
  letterId: string,
  history: Pick<LetterHistory, 'viewVersion' | 'compareWithPublishedText'>,
  request: SendingViewRequest | null | undefined,
  done: (() => void) | undefined,
): void {
  const { viewVersion, compareWithPublishedText } = history;
  useEffect(() => {
    if (!request || request.letterId !== letterId) return;
    done?.();
    if (request.publishedText !== undefined)
      void compareWithPublishedText(request.versionId, request.publishedText);
    else void viewVersion(request.versionId);
  }, [request, letterId, viewVersion, compareWithPublishedText, done]);
}
