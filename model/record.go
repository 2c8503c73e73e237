package model

// Record is one line of a batch run's JSONL output: the outcome of one input.
// Exactly one of Document and Error is set, so that no input is ever dropped
// silently.
type Record struct {
	// Path is the input as given (a file path, or "archive.zip!inner/path").
	Path string `json:"path"`
	// SHA256 is the hex digest of the input bytes; --resume keys on it.
	SHA256 string `json:"sha256"`
	// Size is the input size in bytes.
	Size int64 `json:"size"`
	// Format is the detected input format ("text", "html", "docx", "doc", "rtf", ...).
	Format string `json:"format"`
	// Encoding is the detected character encoding of the text.
	Encoding string `json:"encoding"`
	// Document is the parsed document, when parsing succeeded.
	Document *Document `json:"document,omitempty"`
	// Error says why the input could not be parsed.
	Error *RecordError `json:"error,omitempty"`
}

// RecordError is a failure of one input in a batch run.
type RecordError struct {
	// Stage is where it failed: "read", "decode", "parse".
	Stage string `json:"stage"`
	// Message is the error text.
	Message string `json:"message"`
}
