/* Parses a report with the C ABI and prints its main fields: parse_report FILE */
#include <stdio.h>
#include <wirereport/wirereport.h>

static void print_span(const wr_article* a, const char* label, wr_span span) {
  wr_str s;
  if (wr_article_slice(a, span, &s) == WR_OK) printf("%s%.*s\n", label, (int)s.size, s.data);
}

int main(int argc, char** argv) {
  FILE* f;
  char buffer[1 << 16];
  size_t size;
  wr_options* options = NULL;
  wr_article* a = NULL;
  wr_status status;
  wr_opt_span headline;
  wr_dateline dateline;
  wr_span paragraph;
  size_t count = 0;
  size_t i;

  if (argc != 2) {
    fprintf(stderr, "usage: parse_report FILE\n");
    return 1;
  }
  f = fopen(argv[1], "rb");
  if (f == NULL) {
    perror(argv[1]);
    return 2;
  }
  size = fread(buffer, 1, sizeof buffer, f);
  if (!feof(f)) {
    fprintf(stderr, "parse_report: %s: larger than this example reads\n", argv[1]);
    fclose(f);
    return 2;
  }
  fclose(f);

  /* The article copies the input, so the buffer may be reused at once. */
  if (wr_options_new(&options) != WR_OK || wr_options_set_copy_input(options, 1) != WR_OK) return 3;
  status = wr_parse(buffer, size, options, &a, NULL);
  wr_options_free(options);
  if (status != WR_OK) {
    fprintf(stderr, "parse_report: %s\n", wr_status_str(status));
    return 2;
  }

  if (wr_article_headline(a, &headline) == WR_OK && headline.present) print_span(a, "headline:  ", headline.span);
  if (wr_article_dateline(a, &dateline) == WR_OK && dateline.place.present) {
    print_span(a, "place:     ", dateline.place.span);
    printf("zone:      %.*s\n", (int)dateline.place.zone.size, dateline.place.zone.data);
  }
  wr_article_paragraph_count(a, &count);
  for (i = 0; i < count; ++i) {
    if (wr_article_paragraph(a, i, &paragraph) == WR_OK) print_span(a, "paragraph: ", paragraph);
  }
  wr_article_free(a);
  return 0;
}
