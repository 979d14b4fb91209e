/* A C program built against the installed pkg-config file:
 *   cc consumer.c $(pkg-config --cflags --libs wirereport) */
#include <stdio.h>
#include <string.h>
#include <wirereport/wirereport.h>

int main(void) {
  static const char report[] =
      "Ein kurzer Bericht ohne Kopf. Er hat zwei S\xC3\xA4tze.\n"
      "\n"
      "Und einen zweiten Absatz.\n";
  wr_article* a = NULL;
  wr_options* o = NULL;
  size_t paragraphs = 0;
  size_t sentences = 0;
  int ok = wr_options_new(&o) == WR_OK && wr_options_set_format(o, WR_FORMAT_TEXT) == WR_OK &&
           wr_parse(report, strlen(report), o, &a, NULL) == WR_OK &&
           wr_article_paragraph_count(a, &paragraphs) == WR_OK &&
           wr_article_sentence_count(a, &sentences) == WR_OK;
  printf("wirereport %s: %zu paragraphs, %zu sentences\n", wr_version(), paragraphs, sentences);
  wr_article_free(a);
  wr_options_free(o);
  return ok && paragraphs == 2 && sentences == 3 && wr_abi_version() == WR_ABI_VERSION ? 0 : 1;
}
