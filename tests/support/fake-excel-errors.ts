/**
 * The errors the fake Excel throws: shaped like OfficeExtension.Error (name "RichApi.Error", a
 * `code`, `debugInfo.errorLocation`), with the codes and wording Excel uses, so code under test
 * handles them exactly as it would handle Excel's.
 */

const messages = {
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath: "The object path is not working for what you are trying to do.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    'The property \'{0}\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
} as const;

export type FakeErrorCode = keyof typeof messages;

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    /** Where it happened, as Excel's debugInfo says it: "Worksheet.getItem", "Range.text"... */
    errorLocation?: string,
    detail?: string,
  ) {
    const message = messages[code].replace("{0}", errorLocation?.split(".").pop() ?? "") + (detail ? ` (${detail})` : "");
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}
