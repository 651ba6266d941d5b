/**
 * The errors the fake Excel throws: shaped like OfficeExtension.Error (name "RichApi.Error", a
 * `code`, `debugInfo.errorLocation`), with the codes and wording Excel uses, so code under test
 * handles them exactly as it would handle Excel's. Codes: office-js-docs-pr,
 * docs/testing/application-specific-api-error-handling.md.
 */

const messages = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath: "The object path is not working for what you are trying to do.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NetworkError: "The request could not be completed because the connection to Excel was lost.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
  UndoNotSupported: "The operation isn't supported by undo.",
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
    const message =
      messages[code].replace("{0}", errorLocation?.split(".").pop() ?? "") + (detail ? ` (${detail})` : "");
    super(message);
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}
