// Package schema defines the record bulletin writes for each document. These
// Go types, with their json and yaml tags, are the one source of truth: the
// JSON Schema that `bulletin schema` prints is generated from them.
package schema

// Version is the version of the record's shape. It changes when a field is
// renamed or removed, or its meaning changes.
const Version = "1.1"

// Record is everything read from one document.
type Record struct {
	SchemaVersion string    `json:"schema_version" yaml:"schema_version" jsonschema:"const=1.1"`
	Source        Source    `json:"source" yaml:"source"`
	Document      Document  `json:"document" yaml:"document"`
	Items         []Item    `json:"items" yaml:"items"`
	Passages      []Passage `json:"passages,omitempty" yaml:"passages,omitempty" jsonschema_description:"Text outside the items that still carries facts: a notice's preamble and closing lines, an article's lead and bylines, attachment bodies, the lines of a table that could not be read as a grid."`
	Warnings      []Warning `json:"warnings" yaml:"warnings"`
}

// Source says which file the record was read from.
type Source struct {
	Path     string `json:"path" yaml:"path" jsonschema_description:"The path as given, or - for standard input."`
	Format   string `json:"format,omitempty" yaml:"format,omitempty" jsonschema:"enum=text,enum=pdf,enum=docx,enum=doc,enum=html" jsonschema_description:"The format told by the file's content; lines are those of the text read from it."`
	Pages    int    `json:"pages,omitempty" yaml:"pages,omitempty" jsonschema_description:"A PDF's page count."`
	Bytes    int64  `json:"bytes" yaml:"bytes"`
	SHA256   string `json:"sha256" yaml:"sha256" jsonschema:"pattern=^[0-9a-f]{64}$"`
	Encoding string `json:"encoding" yaml:"encoding" jsonschema:"enum=utf-8,enum=utf-8-bom,enum=utf-16le,enum=utf-16be,enum=gb18030"`
}

// Document is the metadata of the document as a whole.
type Document struct {
	Kind       string  `json:"kind" yaml:"kind" jsonschema:"enum=bulletin,enum=notice,enum=article"`
	Title      *string `json:"title" yaml:"title" jsonschema:"nullable" jsonschema_description:"A bulletin's masthead, a notice's title, an article's headline."`
	Issue      *string `json:"issue" yaml:"issue" jsonschema:"nullable" jsonschema_description:"The digits of 第N期."`
	TotalIssue *string `json:"total_issue,omitempty" yaml:"total_issue,omitempty" jsonschema_description:"The digits of 总第N期."`
	DocNumber  *string `json:"doc_number" yaml:"doc_number" jsonschema:"nullable" jsonschema_description:"发文字号 with 〔〕 brackets."`
	Issuer     *string `json:"issuer" yaml:"issuer" jsonschema:"nullable" jsonschema_description:"The editing office of a bulletin or the issuing body of a notice."`
	Date       *string `json:"date" yaml:"date" jsonschema:"nullable,format=date" jsonschema_description:"The issue date or a notice's 印发 date, ISO."`
	Signer     *string `json:"signer,omitempty" yaml:"signer,omitempty" jsonschema_description:"The body that signs a notice above its 成文日期."`

	Recipients   []string       `json:"recipients" yaml:"recipients" jsonschema_description:"主送机关."`
	Distribution []Distribution `json:"distribution" yaml:"distribution" jsonschema_description:"报/发/抄送/印发 lists."`
	Editors      []Credit       `json:"editors" yaml:"editors" jsonschema_description:"编辑/核稿/审核 credits."`
	Contents     []ContentsLine `json:"contents,omitempty" yaml:"contents,omitempty" jsonschema_description:"The table of contents (本期内容)."`
	Sections     []string       `json:"sections" yaml:"sections"`
	Attachments  []Attachment   `json:"attachments,omitempty" yaml:"attachments,omitempty"`

	Evidence map[string]Evidence `json:"evidence" yaml:"evidence" jsonschema_description:"For each field above that was read from the text: the text and its lines."`
	// Values found in the header and footer (people in credits, agencies in
	// the masthead and lists).
	Entities `yaml:",inline"`
}

// Evidence is the text a value was read from.
type Evidence struct {
	Text string `json:"text" yaml:"text"`
	Span `yaml:",inline"`
	Rule string `json:"rule" yaml:"rule"`
}

// Span is where a value stands in the original file: 1-based lines.
type Span struct {
	Line    int `json:"line" yaml:"line" jsonschema:"minimum=0"`
	EndLine int `json:"end_line,omitempty" yaml:"end_line,omitempty" jsonschema_description:"The last line, where the value runs over several."`
	Page    int `json:"page,omitempty" yaml:"page,omitempty" jsonschema_description:"The page of a PDF the value starts on."`
}

// Distribution is one labelled list of a footer: 报, 发, 抄送, 印发.
type Distribution struct {
	Label   string   `json:"label" yaml:"label"`
	Entries []string `json:"entries" yaml:"entries"`
	Text    string   `json:"text" yaml:"text"`
	Span    `yaml:",inline"`
}

// Credit is a name printed with its job on the issue: 编辑：王晨晖.
type Credit struct {
	Role string `json:"role" yaml:"role"`
	Name string `json:"name" yaml:"name"`
	Span `yaml:",inline"`
}

// ContentsLine is an entry of the table of contents.
type ContentsLine struct {
	Section string `json:"section,omitempty" yaml:"section,omitempty"`
	Title   string `json:"title" yaml:"title"`
	Span    `yaml:",inline"`
}

// Attachment is a 附件 listed under a notice.
type Attachment struct {
	Index string `json:"index,omitempty" yaml:"index,omitempty"`
	Title string `json:"title" yaml:"title"`
	Span  `yaml:",inline"`
}

// Item is one unit of the document: a news item, a brief, or a top-level
// section of a notice or article.
type Item struct {
	Index     int      `json:"index" yaml:"index" jsonschema:"minimum=1"`
	Kind      string   `json:"kind" yaml:"kind" jsonschema:"enum=item,enum=brief,enum=section"`
	Section   string   `json:"section,omitempty" yaml:"section,omitempty"`
	Title     *string  `json:"title" yaml:"title" jsonschema:"nullable"`
	TitleFrom string   `json:"title_from,omitempty" yaml:"title_from,omitempty" jsonschema:"enum=body,enum=contents"`
	Date      *string  `json:"date" yaml:"date" jsonschema:"nullable" jsonschema_description:"The first date the item's own text gives, ISO."`
	Sources   []string `json:"sources" yaml:"sources" jsonschema_description:"The units of the closing attribution （…）."`
	Text      string   `json:"text" yaml:"text"`
	Span      `yaml:",inline"`
	Entities  `yaml:",inline"`
}

// Passage is text outside the items, with what was found in it.
type Passage struct {
	Role     string `json:"role" yaml:"role" jsonschema:"enum=header,enum=preamble,enum=lead,enum=section,enum=body,enum=closing,enum=attachment,enum=table,enum=footer,enum=byline" jsonschema_description:"section: a bulletin's section label (简讯, a roundup's unit), read for the bodies it names."`
	Text     string `json:"text" yaml:"text"`
	Span     `yaml:",inline"`
	Entities `yaml:",inline"`
}

// Warning is something the parser could not make sense of.
type Warning struct {
	Line    int    `json:"line" yaml:"line"`
	Code    string `json:"code" yaml:"code"`
	Message string `json:"message" yaml:"message"`
}
