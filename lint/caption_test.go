package lint

import (
	"strings"
	"testing"
)

// captionsOf lists the text of the blocks marked as a photo's caption
// (trimmed: the image before a caption leaves its line break).
func captionsOf(d *Document) []string {
	var out []string
	for i, b := range d.Blocks {
		if b.Caption {
			out = append(out, strings.TrimSpace(d.BlockText(i)))
		}
	}
	return out
}

// TestCaptionBlocks checks that the readers mark a photo's caption (an HTML
// figcaption; in Markdown a paragraph that opens with an image, or one that
// is all emphasis under a paragraph of only an image) and nothing else: not
// the body, nor an italic standfirst, nor emphasis under a paragraph of text.
func TestCaptionBlocks(t *testing.T) {
	md := "# Budget day\n\n*The Chancellor speaks at noon*\n\nMs Hewitt arrived early.\n\n" +
		"![Hewitt](a.jpg)\n*Rachel Hewitt on Wednesday*\n\n" +
		"![Ashworth](b.jpg)\n\n_Tom Ashworth in the Commons_\n\n" +
		"He spoke next.\n\n*An aside in italics*\n"
	equalLists(t, "markdown captions", captionsOf(mustParse(t, "a.md", md)),
		[]string{"Rachel Hewitt on Wednesday", "Tom Ashworth in the Commons"})
	page := "<html><body><article><h1>Budget day</h1><p>Ms Hewitt arrived early.</p>" +
		"<figure><img src=\"a.jpg\" alt=\"Hewitt\"><figcaption>Rachel Hewitt <em>on</em> Wednesday</figcaption></figure>" +
		"<p>He spoke next.</p><table><caption>Results</caption><tr><td>1</td></tr></table></article></body></html>"
	equalLists(t, "html captions", captionsOf(mustParse(t, "a.html", page)),
		[]string{"Rachel Hewitt on Wednesday"})
}
