/** The setting Mark as reviewed keeps its fingerprint under; its own file, so listing the kept settings loads nothing more. */
export const REVIEW_MARK_KEY = "cer.reviewed";
