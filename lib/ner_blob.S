/*
 * ner_blob.S - the trained tag-entities(1) model (lib/ner_model.bin, made
 * by tools/train-ner: `make model`), embedded read-only in the program.
 */
	.section .rodata
	.balign 64
	.globl ner_model_blob
ner_model_blob:
	.incbin "ner_model.bin"
	.globl ner_model_blob_end
ner_model_blob_end:
	.section .note.GNU-stack,"",%progbits
