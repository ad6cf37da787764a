/** The corpus's lists of countries pledging personnel to the MSS (besides Kenya), as the texts name them. */

/** CEPR, 26 June 2024: "at least seven other countries have offered to contribute troops, namely, ..." */
export const CEPR_SEVEN = ['the Bahamas', 'Bangladesh', 'Barbados', 'Belize', 'Benin', 'Chad', 'Jamaica'];

/** The article's lead, undated: "Personnel have been pledged by Caribbean Community members ..." */
export const LEAD_EIGHT = ['Jamaica', 'Bahamas', 'Guyana', 'Barbados', 'Antigua and Barbuda', 'Bangladesh', 'Benin', 'Chad'];

/** The article, "As of 30 September 2024, ... have formally agreed to provide personnel" (Kenya left out). */
export const FORMALLY_AGREED = ['Jamaica', 'the Bahamas', 'Antigua and Barbuda', 'Bangladesh', 'Benin', 'Chad', 'Guinea'];
