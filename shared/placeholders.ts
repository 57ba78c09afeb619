/**
 * The one filling of a provider's templates (%EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN%,
 * %ISPUSERID%), for the engine's candidates, the staff look-up and the settings to write alike.
 * A value SendCheck cannot know (the user id an ISP such as ASAHIネット hands out, which is not
 * derived from the address) comes back as "not known" instead of a literal placeholder, so no
 * screen shows %ISPUSERID% and nothing writes it into a mail program.
 */

/** Stands in a template where the provider gives its own user id, which only the user knows. */
export const ISP_USER_ID = '%ISPUSERID%';

/** A value that could not be filled in, and why: the user has to give it. */
export type MissingValue = 'isp_user_id';

/** A filled template, or what is missing. */
export type Filled = { known: true; value: string } | { known: false; missing: MissingValue };

/** What a template can name: the address's parts, and the user id when someone knows it. */
export interface PlaceholderValues {
  /** The address with its domain in ASCII (punycode): what SMTP AUTH takes as it is. */
  address: string;
  /** The part before the @. */
  localPart: string;
  /** The domain in ASCII (punycode), lower case. */
  domain: string;
  /** The provider's user id, when known (the user name the mail program has now); else absent. */
  ispUserId?: string;
}

/** The placeholder values of an address (a parsed one, or a report's: `ascii` is local@domainAscii). */
export function addressValues(email: { ascii: string; domainAscii: string }): PlaceholderValues {
  const at = email.ascii.lastIndexOf('@');
  return { address: email.ascii, localPart: email.ascii.slice(0, at), domain: email.domainAscii };
}

/** Fills every placeholder of a template; "not known" when it names a value nobody gave. */
export function fillPlaceholders(template: string, values: PlaceholderValues): Filled {
  if (template.includes(ISP_USER_ID) && !values.ispUserId)
    return { known: false, missing: 'isp_user_id' };
  const value = template
    .replaceAll('%EMAILADDRESS%', values.address)
    .replaceAll('%EMAILLOCALPART%', values.localPart)
    .replaceAll('%EMAILDOMAIN%', values.domain)
    .replaceAll(ISP_USER_ID, values.ispUserId ?? '');
  return { known: true, value };
}
