/*
 * diff_embed_blob.S - the word-neighbour table of diff-sources(1)
 * (lib/diff_embed.bin, made from GloVe vectors by lib/diff_embed_gen.py:
 * `make embed`), embedded read-only in the program.
 */
	.section .rodata
	.balign 64
	.globl diff_embed_blob
diff_embed_blob:
	.incbin "diff_embed.bin"
	.globl diff_embed_blob_end
diff_embed_blob_end:
	.section .note.GNU-stack,"",%progbits
