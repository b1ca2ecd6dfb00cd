package lint

// parseHTML reads HTML. TEMPORARY: reads it as plain text until the x/net/html reader lands.
func parseHTML(path string, src []byte) (*Document, error) {
	d := parseText(path, src)
	d.Format = FormatHTML
	return d, nil
}
