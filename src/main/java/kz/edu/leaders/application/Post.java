package kz.edu.leaders.application;

/** The candidate's current post: deputy heads since 2023, teachers too since 2024. */
public enum Post {
  DEPUTY_HEAD,
  TEACHER
}
