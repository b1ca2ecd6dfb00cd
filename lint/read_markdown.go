package lint

// parseMarkdown reads Markdown. TEMPORARY: reads it as plain text until the goldmark reader lands.
func parseMarkdown(path string, src []byte) (*Document, error) {
	d := parseText(path, src)
	d.Format = FormatMarkdown
	return d, nil
}
