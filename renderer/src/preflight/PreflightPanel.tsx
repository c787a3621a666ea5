/**
 * The checks' findings, under the top bar: each problem with a "Go to" link
 * (a cross-language one also to the other side's place), spelling ones with
 * "Add to dictionary", a forbidden variant with "Replace with “…”", and, while
 * an export is held by an error, the explicit "Export anyway".
 */
import { memo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages, type MessageDescriptor } from '../../../core/i18n/wording';
import type { Problem } from '../../../core/preflight/problem';
import { OPEN_COMMENTS_RULE } from '../../../core/preflight/openComments';
import { useCommentsContext } from '../comments/CommentsContext';
import { EXPORT_VARIANT_MESSAGES } from '../export/exportVariantMessages';
import { goToProblem, type LetterEditors } from './goToProblem';
import { replaceProblemText } from './replaceProblemText';
import type { Preflight } from './usePreflight';

const PLACE_LABELS: Record<Problem['side'], MessageDescriptor> = defineMessages({
  preface: { id: 'preflight.place.preface', defaultMessage: 'Chinese' },
  body: { id: 'preflight.place.body', defaultMessage: 'English' },
  details: { id: 'preflight.place.details', defaultMessage: 'Letter' },
});

const { replace: REPLACE } = defineMessages({
  replace: { id: 'preflight.replace', defaultMessage: 'Replace with “{text}”' },
});

interface PreflightPanelProps {
  preflight: Preflight;
  editors: LetterEditors;
}

/** Replaces the problem's text in the editor, or goes to the place if it was edited since; then checks again. */
async function replace(problem: Problem, preflight: Preflight, editors: LetterEditors): Promise<void> {
  const replaced = await replaceProblemText(problem, editors);
  if (!replaced && problem.location) goToProblem(problem.location, editors);
  await preflight.runChecks();
}

export const PreflightPanel = memo(function PreflightPanel({ preflight, editors }: PreflightPanelProps) {
  const { state } = preflight;
  const intl = useIntl();
  const comments = useCommentsContext();
  if (!state.open) return null;
  const problems = state.problems ?? [];
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const summary =
    state.problems === null ? (
      <FormattedMessage
        id="preflight.summary.notRun"
        defaultMessage="Run the checks to see what needs attention before the letter leaves."
      />
    ) : problems.length === 0 ? (
      <FormattedMessage id="preflight.summary.none" defaultMessage="No problems found." />
    ) : (
      <FormattedMessage
        id="preflight.summary.counts"
        defaultMessage="{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}"
        values={{ errors, warnings: problems.length - errors }}
      />
    );

  return (
    <section
      className="preflight"
      aria-label={intl.formatMessage({ id: 'preflight.panel.label', defaultMessage: 'Checks before export' })}
      data-testid="preflight-panel"
    >
      <header className="preflight__header">
        <h2 className="preflight__title">
          <FormattedMessage
            id="preflight.panel.title"
            defaultMessage="Checks · {variant}"
            values={{ variant: intl.formatMessage(EXPORT_VARIANT_MESSAGES[state.variant]) }}
          />
        </h2>
        <span className="preflight__summary" role="status">
          {state.running ? (
            <FormattedMessage id="preflight.summary.running" defaultMessage="Checking…" />
          ) : (
            summary
          )}
        </span>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => void preflight.runChecks()}
          disabled={state.running}
          data-testid="preflight-run"
        >
          <FormattedMessage id="preflight.run" defaultMessage="Run checks" />
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={preflight.toggle}
          aria-label={intl.formatMessage({ id: 'preflight.closeLabel', defaultMessage: 'Close the checks' })}
        >
          <FormattedMessage id="preflight.close" defaultMessage="Close" />
        </button>
      </header>
      {state.held && (
        <div className="preflight__held" role="alert">
          <span>
            <FormattedMessage
              id="preflight.held"
              defaultMessage="The export is on hold: fix the errors below, or send the letter as it is."
            />
          </span>
          <button
            type="button"
            className="btn btn--small btn--danger"
            onClick={preflight.exportAnyway}
            data-testid="preflight-export-anyway"
          >
            <FormattedMessage id="preflight.exportAnyway" defaultMessage="Export anyway" />
          </button>
        </div>
      )}
      {problems.length > 0 && (
        <ul className="preflight__list">
          {problems.map((problem) => (
            <li
              key={problem.id}
              className={`preflight__item preflight__item--${problem.severity}`}
              data-testid="preflight-item"
              data-rule={problem.rule}
              data-severity={problem.severity}
            >
              <span className="preflight__badge">
                {problem.severity === 'error' ? (
                  <FormattedMessage id="preflight.severity.error" defaultMessage="Error" />
                ) : (
                  <FormattedMessage id="preflight.severity.warning" defaultMessage="Warning" />
                )}
              </span>
              <span className="preflight__side">{intl.formatMessage(PLACE_LABELS[problem.side])}</span>
              <span className="preflight__message">
                {intl.formatMessage(problem.wording, problem.wording.values)}
              </span>
              {problem.location && (
                <button
                  type="button"
                  className="btn btn--small btn--link"
                  onClick={() => problem.location && goToProblem(problem.location, editors)}
                  data-testid="preflight-go-to"
                >
                  <FormattedMessage id="preflight.goTo" defaultMessage="Go to" />
                </button>
              )}
              {problem.related && (
                <button
                  type="button"
                  className="btn btn--small btn--link"
                  onClick={() => problem.related && goToProblem(problem.related, editors)}
                  data-testid="preflight-go-to-related"
                >
                  <FormattedMessage
                    id="preflight.goToRelated"
                    defaultMessage="{side, select, preface {Go to the Chinese preface} other {Go to the English letter}}"
                    values={{ side: problem.related.side }}
                  />
                </button>
              )}
              {problem.replacement && (
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => void replace(problem, preflight, editors)}
                  // The term sits in a span of its own (translate="no"), which would break up the name.
                  aria-label={intl.formatMessage(REPLACE, { text: problem.replacement.text })}
                  disabled={state.running}
                  data-testid="preflight-replace"
                >
                  {/* One span: the button is a flex box, whose gap would space the quotes off the term. */}
                  <span>
                    <FormattedMessage
                      {...REPLACE}
                      values={{ text: <span translate="no">{problem.replacement.text}</span> }}
                    />
                  </span>
                </button>
              )}
              {problem.rule === OPEN_COMMENTS_RULE && comments && (
                <button
                  type="button"
                  className="btn btn--small btn--link"
                  onClick={comments.openPanel}
                  data-testid="preflight-show-comments"
                >
                  <FormattedMessage id="comments.preflight.show" defaultMessage="Show comments" />
                </button>
              )}
              {problem.word && (
                <button
                  type="button"
                  className="btn btn--small btn--link"
                  onClick={() => problem.word && void preflight.addWord(problem.word)}
                  data-testid="preflight-add-word"
                >
                  <FormattedMessage id="preflight.addWord" defaultMessage="Add to dictionary" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
