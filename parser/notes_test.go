package parser

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnlegal/vanban/parser/refs"
)

func TestEditorialNotes(t *testing.T) {
	const note = "[Điều này được hướng dẫn bởi Công văn 4530/NHCS-TDNN năm 2024]"
	text := []byte("Điều 1. " + note + " Phạm vi [1] áp dụng [bởi\nkhác] " + note)
	first := len("Điều 1. ")
	second := len(text) - len(note)
	assert.Equal(t, []refs.Span{{Start: first, End: first + len(note)}, {Start: second, End: len(text)}},
		editorialNotes(text, 0, len(text)))
	// only inside [start, end): a note cut by end is not one
	assert.Equal(t, []refs.Span{{Start: first, End: first + len(note)}}, editorialNotes(text, 0, len(text)-1))
	assert.Empty(t, editorialNotes(text, first+1, len(text)-1))
}
