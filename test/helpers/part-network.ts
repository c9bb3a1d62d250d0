/**
 * Makes one lazily loaded part slow (`NAME:slow`) or unavailable (`NAME:fail`) for the rest of the
 * page, through the test server's `selca-part` cookie (test/runner/part-network-middleware.mjs);
 * `null` puts the network back.
 */
export const partNetwork = (rule: string | null) => {
  document.cookie = rule ? `selca-part=${rule}; path=/` : 'selca-part=; path=/; max-age=0';
};
