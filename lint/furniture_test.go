package lint

import (
	"strings"
	"testing"
)

// captionsOf lists the text of the blocks marked as the page's furniture
// (trimmed: the image before a caption leaves its line break).
func captionsOf(d *Document) []string {
	var out []string
	for i, b := range d.Blocks {
		if b.Furniture {
			out = append(out, strings.TrimSpace(d.BlockText(i)))
		}
	}
	return out
}

// TestFurnitureBlocks checks that the readers mark a photo's caption (an
// HTML figcaption; in Markdown a paragraph that opens with an image, or one
// that is all emphasis under a paragraph of only an image), a line of links
// to other stories (after at most a label ending in a colon) and the credit
// line of a block quotation (opening with a dash) as the page's furniture,
// and nothing else (not a dash outside a quotation): not the body, nor an italic
// standfirst, nor emphasis under a paragraph of text, nor a paragraph that
// goes on after its link or whose label is a sentence, nor a headline that
// is a link (a permalink).
func TestFurnitureBlocks(t *testing.T) {
	md := "# Budget day\n\n*The Chancellor speaks at noon*\n\nMs Hewitt arrived early.\n\n" +
		"![Hewitt](a.jpg)\n*Rachel Hewitt on Wednesday*\n\n" +
		"![Ashworth](b.jpg)\n\n_Tom Ashworth in the Commons_\n\n" +
		"He spoke next.\n\n*An aside in italics*\n\n" +
		"**Read more:** [Budget at a glance](/1)\n\n" +
		"- [Housing falls](/2) · [What it means](/3)\n- [Jim Mathis](/4) said he would vote.\n\n" +
		"She said [the plan](/5)\n\n" +
		"> \"We listened.\"\n>\n> — Karen Whitfield\n\n> Whitfield — a Democrat — spoke.\n\n— Not in a quotation\n"
	equalLists(t, "markdown furniture", captionsOf(mustParse(t, "a.md", md)),
		[]string{"Rachel Hewitt on Wednesday", "Tom Ashworth in the Commons", "Read more: Budget at a glance",
			"Housing falls · What it means", "— Karen Whitfield"})
	page := "<html><body><article><h1><a href=\"/0\">Budget day</a></h1><p>Ms Hewitt arrived early.</p>" +
		"<figure><img src=\"a.jpg\" alt=\"Hewitt\"><figcaption>Rachel Hewitt <em>on</em> Wednesday</figcaption></figure>" +
		"<p>He spoke next.</p><table><caption>Results</caption><tr><td>1</td></tr></table>" +
		"<p><strong>Read more:</strong> <a href=\"/1\">Budget at a glance</a></p>" +
		"<ul><li><a href=\"/2\">Housing falls</a>&nbsp;|&nbsp;<a href=\"/3\">What it means</a></li>" +
		"<li><a href=\"/4\">Jim Mathis</a> said he would vote.</li></ul>" +
		"<p>She said <a href=\"/5\">the plan</a></p>" +
		"<blockquote><p>\"We listened.\"</p><p>&mdash; Karen Whitfield</p></blockquote><p>-- Not in a quotation</p></article></body></html>"
	equalLists(t, "html furniture", captionsOf(mustParse(t, "a.html", page)),
		[]string{"Rachel Hewitt on Wednesday", "Read more: Budget at a glance", "Housing falls\u00a0|\u00a0What it means",
			"— Karen Whitfield"})
}
