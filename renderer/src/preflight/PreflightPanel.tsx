/**
 * The checks' findings, under the top bar: each problem with a "Go to" link,
 * spelling ones with "Add to dictionary", and, while an export is held by an
 * error, the explicit "Export anyway".
 */
import { memo } from 'react';
import { useIntl } from 'react-intl';
import { EXPORT_VARIANT_LABELS } from '../../../core/exportVariants';
import type { Problem } from '../../../core/preflight/problem';
import { goToProblem, type LetterEditors } from './goToProblem';
import type { Preflight } from './usePreflight';
import { useMessages } from '../ui/useMessages';

const PLACE_LABELS: Record<Problem['side'], string> = {
  preface: 'Chinese',
  body: 'English',
  details: 'Letter',
};

interface PreflightPanelProps {
  preflight: Preflight;
  editors: LetterEditors;
}

export const PreflightPanel = memo(function PreflightPanel({ preflight, editors }: PreflightPanelProps) {
  const { state } = preflight;
  const format = useMessages();
  const intl = useIntl();
  if (!state.open) return null;
  const problems = state.problems ?? [];
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const summary =
    state.problems === null
      ? 'Run the checks to see what needs attention before the letter leaves.'
      : problems.length === 0
        ? 'No problems found.'
        : format?.('preflightSummary', { errors, warnings: problems.length - errors });

  return (
    <section className="preflight" aria-label="Checks before export" data-testid="preflight-panel">
      <header className="preflight__header">
        <h2 className="preflight__title">Checks · {EXPORT_VARIANT_LABELS[state.variant]}</h2>
        <span className="preflight__summary" role="status">
          {state.running ? 'Checking…' : summary}
        </span>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => void preflight.runChecks()}
          disabled={state.running}
          data-testid="preflight-run"
        >
          Run checks
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={preflight.toggle}
          aria-label="Close the checks"
        >
          Close
        </button>
      </header>
      {state.held && (
        <div className="preflight__held" role="alert">
          <span>The export is on hold: fix the errors below, or send the letter as it is.</span>
          <button
            type="button"
            className="btn btn--small btn--danger"
            onClick={preflight.exportAnyway}
            data-testid="preflight-export-anyway"
          >
            Export anyway
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
              <span className="preflight__badge">{problem.severity === 'error' ? 'Error' : 'Warning'}</span>
              <span className="preflight__side">{PLACE_LABELS[problem.side]}</span>
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
                  Go to
                </button>
              )}
              {problem.word && (
                <button
                  type="button"
                  className="btn btn--small btn--link"
                  onClick={() => problem.word && void preflight.addWord(problem.word)}
                  data-testid="preflight-add-word"
                >
                  Add to dictionary
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
