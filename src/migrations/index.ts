import * as migration_20261123_200509_initial from './20261123_200509_initial';
import * as migration_20261123_212636_navigation_globals from './20261123_212636_navigation_globals';
import * as migration_20261123_225011_calls_to_action_home_page from './20261123_225011_calls_to_action_home_page';
import * as migration_20261123_234225_citations_references_keys from './20261123_234225_citations_references_keys';
import * as migration_20261124_004850_reviews_moderation_indexes from './20261124_004850_reviews_moderation_indexes';
import * as migration_20261124_015515_forms_delivery_captcha from './20261124_015515_forms_delivery_captcha';
import * as migration_20261124_015732_contact_form_block from './20261124_015732_contact_form_block';
import * as migration_20261124_034406_site_search from './20261124_034406_site_search';
import * as migration_20261124_042923_seo_meta from './20261124_042923_seo_meta';
import * as migration_20261124_044636_redirects from './20261124_044636_redirects';
import * as migration_20261124_052425_public_read_indexes from './20261124_052425_public_read_indexes';
import * as migration_20261206_161548_publish_status from './20261206_161548_publish_status';
import * as migration_20261206_162132_editors_desk from './20261206_162132_editors_desk';
import * as migration_20261206_193421_saved_by from './20261206_193421_saved_by';
import * as migration_20261206_223000_wordpress_id from './20261206_223000_wordpress_id';
import * as migration_20261206_223843_plugin_exports from './20261206_223843_plugin_exports';
import * as migration_20261206_232909_wordpress_imports from './20261206_232909_wordpress_imports';
import * as migration_20261207_020337_object_storage_prefix from './20261207_020337_object_storage_prefix';
import * as migration_20261207_050909_wordpress_imports_in_bucket from './20261207_050909_wordpress_imports_in_bucket';

export const migrations = [
  {
    up: migration_20261123_200509_initial.up,
    down: migration_20261123_200509_initial.down,
    name: '20261123_200509_initial',
  },
  {
    up: migration_20261123_212636_navigation_globals.up,
    down: migration_20261123_212636_navigation_globals.down,
    name: '20261123_212636_navigation_globals',
  },
  {
    up: migration_20261123_225011_calls_to_action_home_page.up,
    down: migration_20261123_225011_calls_to_action_home_page.down,
    name: '20261123_225011_calls_to_action_home_page',
  },
  {
    up: migration_20261123_234225_citations_references_keys.up,
    down: migration_20261123_234225_citations_references_keys.down,
    name: '20261123_234225_citations_references_keys',
  },
  {
    up: migration_20261124_004850_reviews_moderation_indexes.up,
    down: migration_20261124_004850_reviews_moderation_indexes.down,
    name: '20261124_004850_reviews_moderation_indexes',
  },
  {
    up: migration_20261124_015515_forms_delivery_captcha.up,
    down: migration_20261124_015515_forms_delivery_captcha.down,
    name: '20261124_015515_forms_delivery_captcha',
  },
  {
    up: migration_20261124_015732_contact_form_block.up,
    down: migration_20261124_015732_contact_form_block.down,
    name: '20261124_015732_contact_form_block',
  },
  {
    up: migration_20261124_034406_site_search.up,
    down: migration_20261124_034406_site_search.down,
    name: '20261124_034406_site_search',
  },
  {
    up: migration_20261124_042923_seo_meta.up,
    down: migration_20261124_042923_seo_meta.down,
    name: '20261124_042923_seo_meta',
  },
  {
    up: migration_20261124_044636_redirects.up,
    down: migration_20261124_044636_redirects.down,
    name: '20261124_044636_redirects',
  },
  {
    up: migration_20261124_052425_public_read_indexes.up,
    down: migration_20261124_052425_public_read_indexes.down,
    name: '20261124_052425_public_read_indexes',
  },
  {
    up: migration_20261206_161548_publish_status.up,
    down: migration_20261206_161548_publish_status.down,
    name: '20261206_161548_publish_status',
  },
  {
    up: migration_20261206_162132_editors_desk.up,
    down: migration_20261206_162132_editors_desk.down,
    name: '20261206_162132_editors_desk',
  },
  {
    up: migration_20261206_193421_saved_by.up,
    down: migration_20261206_193421_saved_by.down,
    name: '20261206_193421_saved_by',
  },
  {
    up: migration_20261206_223000_wordpress_id.up,
    down: migration_20261206_223000_wordpress_id.down,
    name: '20261206_223000_wordpress_id',
  },
  {
    up: migration_20261206_223843_plugin_exports.up,
    down: migration_20261206_223843_plugin_exports.down,
    name: '20261206_223843_plugin_exports',
  },
  {
    up: migration_20261206_232909_wordpress_imports.up,
    down: migration_20261206_232909_wordpress_imports.down,
    name: '20261206_232909_wordpress_imports',
  },
  {
    up: migration_20261207_020337_object_storage_prefix.up,
    down: migration_20261207_020337_object_storage_prefix.down,
    name: '20261207_020337_object_storage_prefix',
  },
  {
    up: migration_20261207_050909_wordpress_imports_in_bucket.up,
    down: migration_20261207_050909_wordpress_imports_in_bucket.down,
    name: '20261207_050909_wordpress_imports_in_bucket'
  },
];
