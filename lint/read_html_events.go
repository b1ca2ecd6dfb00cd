package lint

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlEvent is one token of an HTML page: text, a comment, the start or end
// tag of a known element, or anything else (a doctype, an unknown element's
// tag). The page is tokenized once into events, which both of the reader's
// passes replay. The tokens' raw bytes partition the source, so an event
// ends where the next one starts, and the last event marks the end.
type htmlEvent struct {
	start int // the token's first byte in Src
	a     atom.Atom
	kind  htmlEventKind
	void  bool // a start tag with no end tag (<br>, <img/>)
}

type htmlEventKind uint8

const (
	htmlOther htmlEventKind = iota
	htmlText
	htmlStart
	htmlEnd
	htmlComment
)

// htmlEvents tokenizes src with the x/net/html tokenizer. lang is the lang
// attribute of the last <html> start tag with attributes (hasLang: there is
// one).
func htmlEvents(src []byte) (events []htmlEvent, lang string, hasLang bool) {
	z := html.NewTokenizer(bytes.NewReader(src))
	events = make([]htmlEvent, 0, len(src)/32+8)
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		if off+len(raw) > len(src) {
			break
		}
		e := htmlEvent{start: off}
		off += len(raw)
		switch tt {
		case html.TextToken:
			e.kind = htmlText
		case html.StartTagToken, html.SelfClosingTagToken:
			e.a = tagAtom(raw)
			if e.a == 0 {
				break // an unknown element: inline, no effect
			}
			if e.a == atom.Html {
				if _, hasAttr := z.TagName(); hasAttr {
					lang, hasLang = langAttr(z), true
				}
			}
			e.kind = htmlStart
			e.void = tt == html.SelfClosingTagToken || htmlClass(e.a)&htmlVoid != 0
		case html.EndTagToken:
			if e.a = tagAtom(raw); e.a != 0 {
				e.kind = htmlEnd
			}
		case html.CommentToken:
			e.kind = htmlComment
		}
		events = append(events, e)
	}
	return append(events, htmlEvent{start: off}), lang, hasLang
}

// maxTagName is longer than any element name atom knows.
const maxTagName = 32

// tagAtom returns the element of the tag token raw ("<name …>" or
// "</name …>"): atom.Lookup of what the tokenizer's TagName would return,
// without the copy TagName makes of every name. The name ends where the
// tokenizer ends it, at white space, '/' or '>'; it is lower-cased as
// TagName lower-cases it (ASCII only). A NUL, which TagName replaces with
// U+FFFD, is in no element's name either way.
func tagAtom(raw []byte) atom.Atom {
	i := 1
	if len(raw) > 1 && raw[1] == '/' {
		i = 2
	}
	var buf [maxTagName]byte
	n := 0
	for ; i < len(raw); i++ {
		c := raw[i]
		if c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>' {
			break
		}
		if n == len(buf) {
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return atom.Lookup(buf[:n])
}

// What an element is to the reader (htmlClass).
const (
	htmlSkipped uint8 = 1 << iota // holds no prose
	htmlBlock                     // ends the block before and after it
	htmlVoid                      // has no end tag
)

// htmlClass says what element a is, in one switch rather than a map lookup
// per question.
func htmlClass(a atom.Atom) uint8 {
	switch a {
	case atom.Script, atom.Style, atom.Nav, atom.Aside, atom.Template, atom.Noscript, atom.Svg,
		atom.Math, atom.Iframe, atom.Object, atom.Button, atom.Select, atom.Textarea, atom.Pre,
		atom.Noembed, atom.Noframes, atom.Dialog, atom.Menu, atom.Canvas, atom.Video, atom.Audio,
		atom.Map, atom.Datalist, atom.Option:
		return htmlSkipped
	case atom.Footer:
		return htmlSkipped | htmlBlock
	case atom.P, atom.Li, atom.Blockquote, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Td, atom.Th, atom.Tr, atom.Table, atom.Div, atom.Ul, atom.Ol, atom.Dl, atom.Dd, atom.Dt,
		atom.Section, atom.Article, atom.Main, atom.Body, atom.Figure, atom.Figcaption, atom.Caption,
		atom.Header, atom.Address, atom.Details, atom.Summary, atom.Form, atom.Fieldset, atom.Legend,
		atom.Center, atom.Hgroup, atom.Title, atom.Head, atom.Html, atom.Tbody, atom.Thead, atom.Tfoot:
		return htmlBlock
	case atom.Hr:
		return htmlBlock | htmlVoid
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Img, atom.Input, atom.Link,
		atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr, atom.Keygen:
		return htmlVoid
	}
	return 0
}
