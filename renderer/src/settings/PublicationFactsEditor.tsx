/**
 * The paper's own guidance on a profile, one fact at a time: what it says, the
 * page that says it and the day someone checked it there, so an officer can
 * check it again before relying on it.
 */
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { linkTarget } from '../../../core/links';
import { isWebPage, type PublicationFact } from '../../../core/publication';
import { PlusIcon, TrashIcon } from '../ui/icons';
import { TextAreaField } from '../ui/TextAreaField';
import { TextField } from '../ui/TextField';

/** Not words: the start of any web address, the same in any interface language. */
const WEB_ADDRESS_START = 'https://';

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** Today in the user's own calendar, as a fact's "checked on" day (YYYY-MM-DD). */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}

interface PublicationFactsEditorProps {
  facts: PublicationFact[];
  onChange: (facts: PublicationFact[]) => void;
}

/** Keys that stay with a fact when one above it is removed, so focus and typing stay in place. */
function useStableKeys(count: number) {
  const next = useRef(count);
  const [keys, setKeys] = useState(() => Array.from({ length: count }, (_, i) => i));
  // The facts were replaced from outside (the other window's version after a conflict).
  const current = keys.length === count ? keys : Array.from({ length: count }, () => next.current++);
  if (current !== keys) setKeys(current);
  return {
    keys: current,
    added: () => setKeys([...current, next.current++]),
    removed: (index: number) => setKeys(current.filter((_, i) => i !== index)),
  };
}

export function PublicationFactsEditor({ facts, onChange }: PublicationFactsEditorProps) {
  const intl = useIntl();
  const { keys, added, removed } = useStableKeys(facts.length);
  const update = (index: number, changes: Partial<PublicationFact>) =>
    onChange(facts.map((fact, i) => (i === index ? { ...fact, ...changes } : fact)));
  const add = () => {
    added();
    onChange([...facts, { text: '', source: '', checkedOn: today() }]);
  };
  const remove = (index: number) => {
    removed(index);
    onChange(facts.filter((_, i) => i !== index));
  };

  return (
    <fieldset className="publication-facts publication-form__more" data-testid="publication-facts">
      <legend className="field__label">
        <FormattedMessage id="settings.publicationFacts.legend" defaultMessage="Cited facts" />
      </legend>
      <p className="publication-facts__lead">
        <FormattedMessage
          id="settings.publicationFacts.lead"
          defaultMessage="What the paper’s own pages say about letters, each with the page it is on and the day someone checked it there."
        />
      </p>
      {facts.length === 0 && (
        <p className="page__empty">
          <FormattedMessage id="settings.publicationFacts.empty" defaultMessage="No cited facts yet." />
        </p>
      )}
      <ol className="publication-facts__list">
        {facts.map((fact, index) => {
          const target = linkTarget(fact.source);
          const number = index + 1;
          return (
            <li key={keys[index]} className="publication-facts__item" data-testid="publication-fact">
              <TextAreaField
                label={intl.formatMessage(
                  { id: 'settings.publicationFacts.text', defaultMessage: 'Fact {number}' },
                  { number },
                )}
                value={fact.text}
                onChange={(text) => update(index, { text })}
                maxLength={500}
                rows={2}
                translate="no"
                testId="publication-fact-text"
              />
              <div className="publication-facts__row">
                <TextField
                  label={intl.formatMessage({
                    id: 'settings.publicationFacts.source',
                    defaultMessage: 'Source page',
                  })}
                  type="url"
                  value={fact.source}
                  onChange={(source) => update(index, { source })}
                  placeholder={WEB_ADDRESS_START}
                  maxLength={2000}
                  translate="no"
                  testId="publication-fact-source"
                />
                <TextField
                  label={intl.formatMessage({
                    id: 'settings.publicationFacts.checkedOn',
                    defaultMessage: 'Checked on',
                  })}
                  type="date"
                  value={fact.checkedOn}
                  onChange={(checkedOn) => update(index, { checkedOn })}
                  testId="publication-fact-checked-on"
                />
              </div>
              <div className="publication-facts__actions">
                {target && isWebPage(target) && (
                  // A new window is never opened: the app hands the page to the user's browser.
                  <a
                    className="btn btn--link"
                    href={target}
                    target="_blank"
                    rel="noreferrer"
                    data-testid="publication-fact-open"
                  >
                    <FormattedMessage
                      id="settings.publicationFacts.open"
                      defaultMessage="Open the source page of fact {number}"
                      values={{ number }}
                    />
                  </a>
                )}
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  onClick={() => remove(index)}
                  data-testid="publication-fact-remove"
                >
                  <TrashIcon />
                  <FormattedMessage
                    id="settings.publicationFacts.remove"
                    defaultMessage="Remove fact {number}"
                    values={{ number }}
                  />
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn btn--small" onClick={add} data-testid="publication-fact-add">
        <PlusIcon /> <FormattedMessage id="settings.publicationFacts.add" defaultMessage="Add a fact" />
      </button>
    </fieldset>
  );
}
