/** The English spellings a letter can be checked against, for the house style and each publication. */
export function SpellingOptions({ followHouse = false }: { followHouse?: boolean }) {
  return (
    <>
      {followHouse && <option value="house">As the house style (Settings)</option>}
      <option value="en-GB">British English (colour)</option>
      <option value="en-US">American English (color)</option>
    </>
  );
}
