/**
 * The open letter's side of the log: "Mark as sent…" (the Letter menu and the
 * top bar's button), and the prompt after a hand-off, which records the very
 * handout version that left. The prompt shows once per hand-off: "Not yet"
 * or a recording puts it away, and the next hand-off asks again.
 */
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { lastSent } from '../../../core/history/findVersion';
import type { Letter } from '../../../core/letter';
import type { Sending, SendingChannel } from '../../../core/log/sending';
import { useApi } from '../app/ApiContext';
import { historyChanged } from '../history/historyEvents';
import { usePublications } from '../letter/usePublications';
import { errorMessage } from '../ui/errorMessage';
import { useNotify } from '../ui/Notifications';
import { onLetterHandedOut } from './handoutEvents';
import { logChanged } from './logEvents';
import { MarkAsSentDialog } from './MarkAsSentDialog';
import { SentPrompt } from './SentPrompt';

interface Options {
  letterId: string;
  flush: () => Promise<void>;
  snapshot: () => Letter;
  /** The letter is on screen: a dialog opened in a hidden view would make the window inert. */
  shown: boolean;
}

interface Asking {
  versionId: string | null;
  channel: SendingChannel;
  letter: Letter;
}

export function useMarkAsSent({ letterId, flush, snapshot, shown }: Options) {
  const api = useApi();
  const intl = useIntl();
  const notify = useNotify();
  const publications = usePublications();
  // The hand-off to ask about: how it left, and the paper the letter was addressed to then.
  const [prompt, setPrompt] = useState<{ channel: SendingChannel; paper: string } | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);

  useEffect(
    () =>
      onLetterHandedOut((handout) => {
        if (handout.letterId === letterId)
          setPrompt({ channel: handout.channel, paper: snapshot().fields.publication });
      }),
    [letterId, snapshot],
  );

  /** "Mark as sent…": the stored letter, saved first, is what the log keeps as sent. */
  const ask = useCallback(() => {
    flush().then(
      () => setAsking({ versionId: null, channel: 'email', letter: snapshot() }),
      (error: unknown) => notify.error(errorMessage(error)),
    );
  }, [flush, snapshot, notify]);

  /** From the prompt: the handout version just kept is the one that left. */
  const askFromPrompt = useCallback(() => {
    const channel = prompt?.channel ?? 'email';
    setPrompt(null);
    api.call('history.list', { letterId }).then(
      (list) => setAsking({ versionId: lastSent(list.versions)?.id ?? null, channel, letter: snapshot() }),
      (error: unknown) => notify.error(errorMessage(error)),
    );
  }, [api, letterId, prompt, snapshot, notify]);

  const recorded = useCallback(
    (sending: Sending) => {
      setAsking(null);
      logChanged();
      // "Mark as sent…" may have kept a version.
      historyChanged(letterId);
      notify.info(
        intl.formatMessage(
          { id: 'log.markSent.done', defaultMessage: 'Recorded as sent to {publication}.' },
          { publication: sending.publication },
        ),
      );
    },
    [intl, letterId, notify],
  );

  const ui = (
    <>
      {prompt && (
        <SentPrompt paper={prompt.paper} onMarkSent={askFromPrompt} onDismiss={() => setPrompt(null)} />
      )}
      {asking && shown && (
        <MarkAsSentDialog
          letter={asking.letter}
          publications={publications}
          versionId={asking.versionId}
          channel={asking.channel}
          onRecorded={recorded}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  );
  return { ask, ui };
}
