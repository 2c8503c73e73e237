package vndate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValid(t *testing.T) {
	assert.True(t, Valid(2024, 2, 29))
	assert.False(t, Valid(2023, 2, 29))
	assert.False(t, Valid(1900, 2, 29), "1900 was not a leap year")
	assert.True(t, Valid(2000, 2, 29))
	assert.False(t, Valid(2024, 4, 31))
	assert.False(t, Valid(1899, 12, 31))
	assert.False(t, Valid(2024, 13, 1))
	assert.False(t, Valid(2024, 1, 0))
}

func TestISOAndYear(t *testing.T) {
	assert.Equal(t, "2024-03-04", ISO(2024, 3, 4))
	assert.Equal(t, "2024", YearOf(ISO(2024, 3, 4)))
	assert.Equal(t, "", YearOf("20a4-01-01"))
	assert.Equal(t, "", YearOf("202"))
}
