/** The card's own words in one language: every word the card shows that no config provides. */
export interface Translation {
  /** The language's BCP 47 tag, which is also the file's name. */
  readonly $code: string;
  /** The language's name in the language itself, as `Intl.DisplayNames` gives it. */
  readonly $name: string;
  /** The language's writing direction. */
  readonly $dir: 'ltr' | 'rtl';
  /** Label of the fact that says where the forum's office is: "Office: Hanover". */
  readonly office: string;
  /** Said to screen-reader users after the text of a link that opens a new window. */
  readonly newWindow: string;
}
