/** The English spellings a letter can be checked against, for the house style and each publication. */
import { useIntl } from 'react-intl';

export function SpellingOptions({ followHouse = false }: { followHouse?: boolean }) {
  // Strings, not elements: an <option> holds text only.
  const intl = useIntl();
  return (
    <>
      {followHouse && (
        <option value="house">
          {intl.formatMessage({
            id: 'settings.spelling.followHouse',
            defaultMessage: 'As the house style (Settings)',
          })}
        </option>
      )}
      <option value="en-GB">
        {intl.formatMessage({ id: 'settings.spelling.british', defaultMessage: 'British English (colour)' })}
      </option>
      <option value="en-US">
        {intl.formatMessage({ id: 'settings.spelling.american', defaultMessage: 'American English (color)' })}
      </option>
    </>
  );
}
