module stdtags

go 1.23
